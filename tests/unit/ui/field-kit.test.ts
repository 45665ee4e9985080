/** The form kit's pure parts: a field's aria wiring, setters and problems for a set of fields. */
import { describe, expect, it } from 'vitest';
import { fieldWiring } from '../../../src/ui/form/Field.js';
import { fieldBinder, fieldSetter, problemSayer } from '../../../src/ui/form/field-set.js';

describe('a field', () => {
  it('points its control at the hint and, when there is one, the problem', () => {
    expect(fieldWiring('f1', true, 'Too long.')).toEqual({
      id: 'f1',
      'aria-invalid': true,
      'aria-describedby': 'f1-hint f1-problem',
    });
  });

  it('is not invalid and describes nothing without a hint or problem', () => {
    expect(fieldWiring('f1', false, null)).toEqual({
      id: 'f1',
      'aria-invalid': undefined,
      'aria-describedby': undefined,
    });
    expect(fieldWiring('f1', true, '')['aria-describedby']).toBe('f1-hint');
  });
});

describe('a field set', () => {
  it('changes one field and hands on the whole values', () => {
    const handed: unknown[] = [];
    const set = fieldSetter({ name: 'Ana', count: '2' }, (values) => handed.push(values));
    set('count')('3');
    expect(handed).toEqual([{ name: 'Ana', count: '3' }]);
  });

  it('says a field problem in words, and null for a field without one', () => {
    const problem = problemSayer<'name' | 'count', string>({ name: 'problem.name' }, (key) => `said ${key}`);
    expect(problem('name')).toBe('said problem.name');
    expect(problem('count')).toBeNull();
  });

  it('binds a field to its value, its setter and its problem in one go', () => {
    const handed: unknown[] = [];
    const values = { name: 'Ana', count: '2' };
    const bind = fieldBinder(
      values,
      (next) => handed.push(next),
      (field: 'name' | 'count') => (field === 'count' ? 'Type a whole number.' : null),
    );
    const count = bind('count');
    count.onValue('x');
    expect({ value: count.value, problem: count.problem }).toEqual({ value: '2', problem: 'Type a whole number.' });
    expect(bind('name').problem).toBeNull();
    expect(handed).toEqual([{ name: 'Ana', count: 'x' }]);
  });
});
