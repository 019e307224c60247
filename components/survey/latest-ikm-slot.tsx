// Placeholder for the office's latest IKM on the public statistics page. The survey work (issue 6)
// replaces this body; the complaints page only decides where it sits.
export function LatestIkmSlot(_props: { officeId: string }) {
  return null;
}
