// Stable entry point for an office's working-day calendar, shared with the back office.
export { loadOfficeCalendar, type OfficeCalendarWithSla } from "./data/calendar";
