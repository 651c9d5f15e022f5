import { assessReadiness, type CalendarDate, explainReadiness, parseCandidate, summarizeCohort } from "sentra-vokasi";

const asOf = "2026-12-01" as CalendarDate;
const candidate = parseCandidate({
  id: "BTN-2026-0042",
  nik: "3674024103070002",
  fullName: "Dewi Rahmawati",
  sex: "F",
  birthDate: "2007-03-01",
  education: "SMK",
  maritalStatus: "SINGLE",
  languageResults: [{ test: "JLPT", level: "N4", takenOn: "2026-07-05" }],
})._unsafeUnwrap();

const readiness = assessReadiness(candidate, { asOf, target: "JP-SSW-CAREGIVING" });
console.log(readiness.status, readiness.score); // not_ready 52
console.log(readiness.gaps[0]); // {"code":"COMPETENCY_UNITS_MISSING","component":"skill","params":{"units":"ILLUS.CG.001, ILLUS.CG.002, ILLUS.CG.003, ILLUS.CG.004, ILLUS.CG.005","count":5}}
for (const line of explainReadiness(readiness, "en")) console.log(line);
console.log(summarizeCohort([readiness]).byStatus); // {"total":1,"ready":0,"not_ready":1,"ineligible":0,"unassessed":0}
