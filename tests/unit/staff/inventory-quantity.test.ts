/** Typed quantities on the inventory forms: whole numbers within limits, else a problem a person can act on. */
import { describe, expect, it } from 'vitest';
import {
  COUNT_LIMITS,
  MOVE_LIMITS,
  parseOptionalText,
  parseQuantity,
  parseTakeAway,
} from '../../../src/staff/inventory/quantity.js';

const problemOf = (text: string, limits = MOVE_LIMITS) => {
  const parsed = parseQuantity(text, limits);
  return parsed.ok ? null : parsed.problem;
};

describe('parseQuantity', () => {
  it('takes whole numbers within the limits, forgiving spaces and a leading "+"', () => {
    expect(parseQuantity('12', MOVE_LIMITS)).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('  7 ', MOVE_LIMITS)).toEqual({ ok: true, value: 7 });
    expect(parseQuantity('+3', MOVE_LIMITS)).toEqual({ ok: true, value: 3 });
    expect(parseQuantity('10000', MOVE_LIMITS)).toEqual({ ok: true, value: 10_000 });
    expect(parseQuantity('0', COUNT_LIMITS)).toEqual({ ok: true, value: 0 });
    expect(parseQuantity('100000', COUNT_LIMITS)).toEqual({ ok: true, value: 100_000 });
  });

  it('says what is wrong with anything else', () => {
    expect(problemOf('')).toEqual({ key: 'inventory.problem.empty' });
    expect(problemOf('   ')).toEqual({ key: 'inventory.problem.empty' });
    expect(problemOf('2.5')).toEqual({ key: 'inventory.problem.decimal' });
    expect(problemOf('2,5')).toEqual({ key: 'inventory.problem.decimal' });
    expect(problemOf('1,000')).toEqual({ key: 'inventory.problem.decimal' });
    expect(problemOf('.5')).toEqual({ key: 'inventory.problem.decimal' });
    expect(problemOf('-1')).toEqual({ key: 'inventory.problem.negative' });
    expect(problemOf('-1', COUNT_LIMITS)).toEqual({ key: 'inventory.problem.negative' });
    expect(problemOf('three')).toEqual({ key: 'inventory.problem.notNumber' });
    expect(problemOf('3 boxes')).toEqual({ key: 'inventory.problem.notNumber' });
    expect(problemOf('1e3')).toEqual({ key: 'inventory.problem.notNumber' });
    expect(problemOf('0')).toEqual({ key: 'inventory.problem.tooLow', values: { min: 1 } });
    expect(problemOf('10001')).toEqual({ key: 'inventory.problem.tooHigh', values: { max: 10_000 } });
    expect(problemOf('100001', COUNT_LIMITS)).toEqual({ key: 'inventory.problem.tooHigh', values: { max: 100_000 } });
    expect(problemOf('99999999999999999999')).toEqual({ key: 'inventory.problem.tooHigh', values: { max: 10_000 } });
  });
});

describe('parseTakeAway', () => {
  it('refuses more than the records say is on the shelf', () => {
    expect(parseTakeAway('4', 4)).toEqual({ ok: true, value: 4 });
    expect(parseTakeAway('5', 4)).toEqual({
      ok: false,
      problem: { key: 'inventory.problem.moreThanOnHand', values: { onHand: 4 } },
    });
    expect(parseTakeAway('1', 0)).toEqual({ ok: false, problem: { key: 'inventory.problem.noneOnHand' } });
    expect(parseTakeAway('1', -2)).toEqual({ ok: false, problem: { key: 'inventory.problem.noneOnHand' } });
  });

  it('reports a badly typed number before the shelf', () => {
    expect(parseTakeAway('2.5', 0)).toEqual({ ok: false, problem: { key: 'inventory.problem.decimal' } });
  });
});

describe('parseOptionalText', () => {
  it('trims, treats blank as absent, and limits the length', () => {
    expect(parseOptionalText('  from the church  ', 120, 'line')).toEqual({ ok: true, value: 'from the church' });
    expect(parseOptionalText('   ', 120, 'line')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalText('x'.repeat(121), 120, 'line')).toEqual({
      ok: false,
      problem: { key: 'inventory.problem.tooLong', values: { max: 120 } },
    });
  });

  it('cleans what the schemas would refuse: pasted tabs and controls, broken characters, decomposed accents', () => {
    expect(parseOptionalText('St.\tMary\u0000’s\nchurch\uD83D', 120, 'line')).toEqual({
      ok: true,
      value: 'St. Mary’s church',
    });
    expect(parseOptionalText(' wet box\r\nthrown\taway ', 500, 'note')).toEqual({
      ok: true,
      value: 'wet box\nthrown away',
    });
    expect(parseOptionalText('Jose\u0301', 120, 'line')).toEqual({ ok: true, value: 'Jos\u00e9' });
  });

  it('counts characters as people do: an emoji is one', () => {
    expect(parseOptionalText('😀'.repeat(120), 120, 'line')).toEqual({ ok: true, value: '😀'.repeat(120) });
  });
});
