/**
 * The chart library, in a chunk of its own (loaded after the page, measured apart from the
 * page's own JavaScript by site/size.mjs): vega, with its expression interpreter so that charts
 * draw under the page's Content Security Policy (no `eval`, no `new Function`).
 */
import * as vega from "vega";
import { expressionInterpreter } from "vega-interpreter";

export default { vega, expressionInterpreter };
