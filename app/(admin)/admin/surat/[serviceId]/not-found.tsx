import { SegmentNotFound } from "@/components/ui/segment-not-found";

export default function NotFound() {
  return <SegmentNotFound backHref="/admin/surat" />;
}
