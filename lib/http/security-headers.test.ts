import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, permissionsPolicy } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the response's nonce, and no framing", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("x", true)).toContain("'unsafe-eval'");
  });

  it("grants geolocation only on the complaint forms, and the camera API nowhere", () => {
    expect(permissionsPolicy("/warga/pengaduan/baru")).toContain("geolocation=(self)");
    expect(permissionsPolicy("/petugas/pengaduan/baru")).toContain("geolocation=(self)");
    expect(permissionsPolicy("/layanan")).toContain("geolocation=()");
    expect(permissionsPolicy("/warga/pengaduan/baru")).toContain("camera=()");
    // Only the loket's QR check-in opens the camera.
    expect(permissionsPolicy("/petugas/antrian")).toContain("camera=(self)");
    expect(permissionsPolicy("/petugas/antrian/ambil")).toContain("camera=()");
    expect(permissionsPolicy("/warga/antrian")).toContain("camera=()");
  });

  it("knows HTTPS from the URL or a trusted proxy's X-Forwarded-Proto", () => {
    expect(isHttps("https:", null)).toBe(true);
    expect(isHttps("http:", "https")).toBe(true);
    expect(isHttps("http:", null)).toBe(false);
  });
});
