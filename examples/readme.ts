import { type CalendarDate, checkTrainingEligibility, formatReason, parseCandidate } from "sentra-vokasi";

const asOf = "2026-12-01" as CalendarDate;
const parsed = parseCandidate({
  id: "BTN-2026-0001",
  nik: "3674014507110001",
  fullName: "Siti Aminah",
  sex: "F",
  birthDate: "2011-07-05",
});

if (parsed.isErr()) {
  // Every problem at once, with a path and a stable code; never the NIK or the name.
  for (const issue of parsed.error.issues) console.error(issue.path.join("."), issue.code, issue.message);
} else {
  const verdict = checkTrainingEligibility(parsed.value, { asOf });
  console.log(verdict.outcome); // pass
  for (const r of verdict.reasons) console.log(formatReason(r, "id")); // Usia 15 tahun berada dalam rentang 15–29 tahun.
  console.log(verdict.validUntil); // 2041-07-04 (the day before the 30th birthday)
}
