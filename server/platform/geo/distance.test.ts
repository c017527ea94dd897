import { describe, expect, it } from 'vitest';
import { boundingBox, haversineKm } from './distance.js';

const MADRID = [40.4168, -3.7038] as const;
const BARCELONA = [41.3888, 2.159] as const;

function inside(box: ReturnType<typeof boundingBox>, lat: number, lon: number): boolean {
  return lat >= box.minLat && lat <= box.maxLat && box.lonRanges.some(([west, east]) => lon >= west && lon <= east);
}

describe('haversine distance', () => {
  it('measures known distances between cities', () => {
    expect(haversineKm(...MADRID, ...BARCELONA)).toBeCloseTo(505, -1);
    expect(haversineKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeCloseTo(344, -1); // London - Paris
    expect(haversineKm(...MADRID, ...MADRID)).toBe(0);
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(20_015, -1); // half the equator
  });

  it('is symmetric and measures across the antimeridian the short way', () => {
    expect(haversineKm(...BARCELONA, ...MADRID)).toBeCloseTo(haversineKm(...MADRID, ...BARCELONA), 9);
    expect(haversineKm(0, 179.5, 0, -179.5)).toBeCloseTo(111.2, 0);
  });
});

describe('bounding box around a circle', () => {
  it('contains every point within the radius in every direction', () => {
    for (const [lat, lon] of [MADRID, [64.1, -21.9], [-33.9, 151.2], [0, 0]] as const) {
      const box = boundingBox(lat, lon, 50);
      for (let bearing = 0; bearing < 360; bearing += 15) {
        const b = (bearing * Math.PI) / 180;
        const d = 49.9 / 6371.0088;
        const lat1 = (lat * Math.PI) / 180;
        const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
        const lon2 = (lon * Math.PI) / 180 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        expect(inside(box, (lat2 * 180) / Math.PI, (lon2 * 180) / Math.PI), `${lat},${lon} bearing ${bearing}`).toBe(true);
      }
    }
  });

  it('is one range around Madrid and excludes Barcelona at 50 km', () => {
    const box = boundingBox(...MADRID, 50);
    expect(box.lonRanges).toHaveLength(1);
    expect(inside(box, ...BARCELONA)).toBe(false);
  });

  it('splits in two across the antimeridian (Fiji) and covers all longitudes at a pole', () => {
    const fiji = boundingBox(-17.7, 179.9, 100);
    expect(fiji.lonRanges).toHaveLength(2);
    expect(inside(fiji, -17.7, -179.6)).toBe(true);
    expect(inside(fiji, -17.7, 179.2)).toBe(true);
    expect(inside(fiji, -17.7, 0)).toBe(false);
    const west = boundingBox(-17.7, -179.9, 100);
    expect(inside(west, -17.7, 179.6)).toBe(true);
    const pole = boundingBox(89.9, 10, 50);
    expect(pole.lonRanges).toEqual([[-180, 180]]);
    expect(pole.maxLat).toBe(90);
  });
});
