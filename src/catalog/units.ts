/**
 * Unit codes of the catalogue's tracks, as the default policy's targets require them. Data
 * only (no imports), so that the policy can cite it without depending on the catalogue's code.
 */
export const TRACK_UNITS = {
  welding: [
    "C.24LAS01.001.1",
    "C.24LAS01.003.1",
    "C.24LAS01.010.1",
    "C.24LAS01.028.1",
    "C.24LAS01.029.1",
    "C.24LAS01.030.1",
  ],
  caregiving: ["ILLUS.CG.001", "ILLUS.CG.002", "ILLUS.CG.003", "ILLUS.CG.004", "ILLUS.CG.005"],
  domestic: ["ILLUS.PRT.001", "ILLUS.PRT.002", "ILLUS.PRT.003", "ILLUS.PRT.004", "ILLUS.PRT.005"],
  manufacturing: ["ILLUS.MFG.001", "ILLUS.MFG.002", "ILLUS.MFG.003", "ILLUS.MFG.004", "ILLUS.MFG.005"],
  nursing: ["ILLUS.NRS.001", "ILLUS.NRS.002", "ILLUS.NRS.003", "ILLUS.NRS.004"],
} as const;
