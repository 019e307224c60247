/** Coordinates as text plus a link out: map tiles are not reachable offline, a link always works. */
export function osmUrl(lat: number, lng: number) {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;
}

export function formatCoordinate(value: number) {
  return value.toFixed(5);
}

export function MapLink({ lat, lng, label }: { lat: number; lng: number; label: string }) {
  return (
    <span>
      <span className="font-mono">{formatCoordinate(lat)}, {formatCoordinate(lng)}</span>{" "}
      <a href={osmUrl(lat, lng)} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
        {label}
      </a>
    </span>
  );
}
