// Dutch number formatting shared by checks, exports and the UI. Written out by hand instead
// of Intl.NumberFormat so the output is identical in every host, with or without full ICU data.

/**
 * Formats a number the Dutch way: "." between thousands, "," before decimals.
 * formatNumber(1561) → "1.561", formatNumber(69.847, 1) → "69,8".
 */
export function formatNumber(n: number, fractionDigits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  // "-0" after rounding (e.g. -0.01 with no decimals) reads as a mistake: drop the sign.
  const isZero = /^[0.]*$/.test(fixed);
  const sign = n < 0 && !isZero ? '-' : '';
  return sign + grouped + (fraction !== undefined ? ',' + fraction : '');
}
