// ANTREAN HARI INI — slot for today's queue status on the office homes (issue 13, item 4).
// The antrian domain is built in parallel; until it exists this renders nothing. When lib/antrian
// lands, read today's status for `officeId` here (a data function) and render it.
export function QueueTodaySlot({ officeId }: { officeId: string }) {
  void officeId;
  return null;
}
