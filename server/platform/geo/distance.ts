/** Great-circle distances and the latitude/longitude box around a circle, for index-friendly SQL. */

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Haversine distance in kilometres between two points given in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Every point within radiusKm of the centre lies inside this box: a latitude band and one longitude
 * range, or two when the circle crosses the antimeridian. A circle that reaches a pole covers every
 * longitude. The box is a superset; the exact distance decides.
 */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** Inclusive [min, max] ranges of longitude, each within -180..180. */
  lonRanges: Array<[number, number]>;
}

export function boundingBox(lat: number, lon: number, radiusKm: number): BoundingBox {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const minLat = lat - toDegrees(angular);
  const maxLat = lat + toDegrees(angular);
  if (minLat <= -90 || maxLat >= 90 || angular >= Math.PI / 2) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lonRanges: [[-180, 180]] };
  }
  // The widest longitude span of the circle (at the latitude where it touches its tangent meridians).
  const dLon = toDegrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos(toRadians(lat)))));
  const west = lon - dLon;
  const east = lon + dLon;
  if (dLon >= 180) return { minLat, maxLat, lonRanges: [[-180, 180]] };
  if (west < -180) return { minLat, maxLat, lonRanges: [[west + 360, 180], [-180, east]] };
  if (east > 180) return { minLat, maxLat, lonRanges: [[west, 180], [-180, east - 360]] };
  return { minLat, maxLat, lonRanges: [[west, east]] };
}
