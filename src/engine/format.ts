// Dutch number formatting shared by checks, exports and the UI. Written out by hand instead
// of Intl.NumberFormat so the output is identical in every host, with or without full ICU data.

/**
 * Formats a number the Dutch way: "." between thousands, "," before decimals.
 * formatNumber(1561) → "1.561", formatNumber(69.847, 1) → "69,8".
 * Huge numbers keep all their digits: formatNumber(1e21) → "1.000.000.000.000.000.000.000".
 */
export function formatNumber(n: number, fractionDigits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = plainDigits(Math.abs(n), fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  // "-0" after rounding (e.g. -0.01 with no decimals) reads as a mistake: drop the sign.
  const isZero = /^[0.]*$/.test(fixed);
  const sign = n < 0 && !isZero ? '-' : '';
  return sign + grouped + (fraction !== undefined ? ',' + fraction : '');
}

/**
 * Up to `maxFractionDigits` decimals without trailing zeros; whole numbers without any:
 * formatDecimal(1.5, 2) → "1,5", formatDecimal(9007199254741260, 2) → "9.007.199.254.741.260".
 */
export function formatDecimal(n: number, maxFractionDigits: number): string {
  const text = formatNumber(n, Number.isInteger(n) ? 0 : maxFractionDigits);
  // Only zeros after the decimal comma go; a whole number's own zeros stay.
  return text.includes(',') ? text.replace(/,?0+$/, '') : text;
}

/** `value` (≥ 0) as "123.45" without exponent. Beyond 2^53 every double is whole; it is
 * written with the shortest digits that name it (as JavaScript and Excel show it, and as a
 * PDF printed it), padded with zeros: toFixed() would print its binary value's digits below
 * 10^21 (123456789012345680000 → "…683968") and an exponent from there. */
function plainDigits(value: number, fractionDigits: number): string {
  if (value <= Number.MAX_SAFE_INTEGER) return value.toFixed(fractionDigits);
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e+');
  const digits = mantissa.replace('.', '');
  const whole = digits.padEnd(Number(exponent) + 1, '0');
  return fractionDigits > 0 ? `${whole}.${'0'.repeat(fractionDigits)}` : whole;
}

/** A change with its sign, the minus as a real minus sign: formatChange(12) → "+12",
 * formatChange(-1234) → "−1.234", formatChange(4.06, 1) → "+4,1"; what rounds to zero has no
 * sign: formatChange(-0.04, 1) → "0,0". */
export function formatChange(n: number, fractionDigits = 0): string {
  const text = formatNumber(Math.abs(n), fractionDigits);
  if (!Number.isFinite(n) || /^[0.,]*$/.test(text)) return text;
  return `${n > 0 ? '+' : '\u2212'}${text}`;
}
