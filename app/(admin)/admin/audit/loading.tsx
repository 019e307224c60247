import { PageLoading } from "@/components/ui/page-loading";

// Safe here: nothing in this segment calls notFound() (its layout checks the caller before streaming).
export default function Loading() {
  return <PageLoading />;
}
