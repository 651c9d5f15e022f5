import * as z from "zod";
import type { CalendarDate } from "./date.js";

/**
 * zod schema of a {@link CalendarDate} (`YYYY-MM-DD`, a real Gregorian date). Issues carry the
 * code `INVALID_DATE`. Shared by every schema of the library.
 */
export const calendarDateSchema = z.iso.date({ error: "INVALID_DATE" }) as unknown as z.ZodType<CalendarDate, string>;
