'use strict';
// Draws CoachBot's two Teams icons: a speech bubble with a check mark ("advice you can use").
//   color.png   192x192, white bubble and a #464775 check on a #464775 square
//   outline.png  32x32, white bubble outline and check on transparent
// Shapes are signed distance functions in a unit square, sampled 4x4 per pixel for smooth edges.
// Run: node icons.js   (rewrites both PNGs beside this file)
const fs = require('node:fs');
const path = require('node:path');
const { encodePng } = require('./lib/png-writer');

const BRAND = [0x46, 0x47, 0x75];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4;

function roundedRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx, qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function polygon(points) {
  return (x, y) => {
    let d = Infinity, inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      d = Math.min(d, segmentDistance(x, y, points[j], points[i]));
      const [xi, yi] = points[i], [xj, yj] = points[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside ? -d : d;
  };
}

function polyline(points, width) {
  return (x, y) => {
    let d = Infinity;
    for (let i = 1; i < points.length; i++) d = Math.min(d, segmentDistance(x, y, points[i - 1], points[i]));
    return d - width / 2;
  };
}

const union = (...shapes) => (x, y) => Math.min(...shapes.map((s) => s(x, y)));
const stroke = (shape, width) => (x, y) => Math.abs(shape(x, y) + width / 2) - width / 2;

/** layers: [{ shape, color }] painted in order over background (null = transparent). */
function render(size, background, layers) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let color = background ? [...background] : [0, 0, 0];
      let alpha = background ? 1 : 0;
      for (const { shape, color: ink } of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SUBSAMPLES) / size, y = (py + (sy + 0.5) / SUBSAMPLES) / size;
            if (shape(x, y) <= 0) hits++;
          }
        }
        const cover = hits / (SUBSAMPLES * SUBSAMPLES);
        if (cover === 0) continue;
        const outAlpha = cover + alpha * (1 - cover);
        color = color.map((c, i) => (ink[i] * cover + c * alpha * (1 - cover)) / outAlpha);
        alpha = outAlpha;
      }
      const o = (py * size + px) * 4;
      rgba.set([...color.map(Math.round), Math.round(alpha * 255)], o);
    }
  }
  return encodePng(size, size, rgba);
}

function colorIcon() {
  const bubble = union(
    roundedRect(0.2, 0.22, 0.8, 0.68, 0.1),
    polygon([[0.3, 0.6], [0.47, 0.6], [0.27, 0.82]]),
  );
  const check = polyline([[0.36, 0.45], [0.46, 0.55], [0.65, 0.35]], 0.07);
  return render(192, BRAND, [{ shape: bubble, color: WHITE }, { shape: check, color: BRAND }]);
}

function outlineIcon() {
  const bubble = union(
    roundedRect(0.06, 0.1, 0.94, 0.72, 0.16),
    polygon([[0.2, 0.62], [0.44, 0.62], [0.16, 0.94]]),
  );
  const check = polyline([[0.29, 0.42], [0.44, 0.56], [0.72, 0.28]], 0.1);
  return render(32, null, [{ shape: stroke(bubble, 0.07), color: WHITE }, { shape: check, color: WHITE }]);
}

if (require.main === module) {
  fs.writeFileSync(path.join(__dirname, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(__dirname, 'outline.png'), outlineIcon());
  console.log('wrote color.png (192x192) and outline.png (32x32)');
}

module.exports = { colorIcon, outlineIcon };
