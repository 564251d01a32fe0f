import { roundSignificant } from '../../src/engine/numbers';
let bad = 0, n = 0;
const specials = [0.1 + 0.2, 0.7999999999999999, 1 / 3, 2 / 3, 1e-9, 123.456, 0.95, 1.15, 9.999999999999999, 99999999999999.95, 0.30000000000000004, 5e-324, 1e300, -0.1 - 0.2, 1e15 + 0.5, 123456789012.5];
for (let i = 0; i < 3_000_000; i++) {
  const r = Math.random();
  const x = i < specials.length ? specials[i] : r < 0.3 ? (Math.random() - 0.5) * 10 ** (Math.random() * 30 - 12) : r < 0.6 ? Math.round(Math.random() * 1e6) / Math.round(1 + Math.random() * 1e4) : r < 0.8 ? (Math.round(Math.random() * 1e5) / 100) * (Math.round(Math.random() * 1e3) / 10) : Math.round(Math.random() * 1e4) / 1000 + Math.round(Math.random() * 1e4) / 1000;
  for (const d of [12, 15]) {
    n++;
    const a = roundSignificant(x, d), b = Number(x.toPrecision(d));
    if (!Object.is(a, b) && !(a === 0 && b === 0) && bad++ < 10) console.log('MISMATCH', x, d, a, b);
  }
}
console.log('bad', bad, 'of', n);
const t = performance.now(); let s = 0; for (let i = 0; i < 1e6; i++) s += roundSignificant(i / 7, 15); console.log('fast', performance.now() - t);
const t2 = performance.now(); for (let i = 0; i < 1e6; i++) s += Number((i / 7).toPrecision(15)); console.log('slow', performance.now() - t2, s > 0);
