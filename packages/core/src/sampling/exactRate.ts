import { SamplingInputError } from "./samplingError";

/**
 * A sampling rate as the exact decimal it was written as: `0.2` is 2/10, not
 * the binary double 0.2000000000000000111…, so that ceil(0.2 × 10) is 2.
 */
export interface ExactRate {
  /** The shortest decimal that round-trips to the number (`String(rate)` in JS), e.g. `0.2`. */
  text: string;
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The exact decimal of a rate in (0, 1]. The rate's decimal is the shortest
 * one that reads back as the same double, which is how an edition author
 * writes it (`0.2`, `0.25`, `1`); its digits are taken as an exact fraction.
 */
export function exactRate(rate: number): ExactRate {
  if (!Number.isFinite(rate) || rate <= 0 || rate > 1) {
    throw new SamplingInputError("invalid-rate", `A sampling rate must be in (0, 1], got ${rate}`);
  }
  const text = String(rate);
  const match = DECIMAL.exec(text);
  if (!match) throw new SamplingInputError("invalid-rate", `Cannot read the rate ${text} as a decimal`);
  const [, whole, fraction = "", exponentText = "0"] = match;
  let numerator = BigInt(`${whole}${fraction}`);
  const exponent = Number(exponentText) - fraction.length;
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  const divisor = gcd(numerator, denominator);
  return { text, numerator: numerator / divisor, denominator: denominator / divisor };
}

/** ceil(rate × populationSize), computed on integers: exact for every population size. */
export function requiredSampleSize(rate: number | ExactRate, populationSize: number): number {
  if (!Number.isSafeInteger(populationSize) || populationSize < 0) {
    throw new SamplingInputError("invalid-input", `A population size must be a whole number ≥ 0`);
  }
  const { numerator, denominator } = typeof rate === "number" ? exactRate(rate) : rate;
  const product = BigInt(populationSize) * numerator;
  return Number((product + denominator - 1n) / denominator);
}

/** The rate as a percentage without rounding: `0.2` → `20%`, `0.125` → `12.5%`. */
export function percentText(rate: number | ExactRate): string {
  const { numerator, denominator } = typeof rate === "number" ? exactRate(rate) : rate;
  const hundredths = numerator * 100n;
  const whole = hundredths / denominator;
  let remainder = hundredths % denominator;
  let digits = "";
  // The denominator is 2^a·5^b, so the expansion ends; the bound only guards against misuse.
  while (remainder !== 0n && digits.length < 30) {
    remainder *= 10n;
    digits += String(remainder / denominator);
    remainder %= denominator;
  }
  return `${whole}${digits ? `.${digits}` : ""}%`;
}
