import { useForm } from "react-hook-form"; export function F(){ const f = useForm(); return f.register("a"); }
