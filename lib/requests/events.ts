// Stable entry point for the request timeline, shared with the back office.
export { recordRequestEvent, type RequestEventInput, type RequestEventType } from "./mutations/events";
