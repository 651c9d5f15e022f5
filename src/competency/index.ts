export { KKNI_LEVELS, type KkniGroup, type KkniLevel, kkniGroup } from "./kkni.js";
