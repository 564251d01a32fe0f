import { memo } from '../../src/engine/core/memo';
import { statusWord } from '../../src/engine/read/cellKinds';

describe('memo: a pure function of a short text, worked out once per text', () => {
  function counted() {
    const calls: string[] = [];
    const f = memo((text: string) => {
      calls.push(text);
      return text.length;
    }, 10);
    return { f, calls };
  }

  it('works a repeated text out once, and gives the same answer', () => {
    const { f, calls } = counted();
    expect([f('越低越好'), f('越低越好'), f('Higher'), f('越低越好')]).toEqual([4, 4, 6, 4]);
    expect(calls).toEqual(['越低越好', 'Higher']);
  });

  it('keeps an answer that is undefined or null as well', () => {
    const calls: string[] = [];
    const f = memo((text: string) => {
      calls.push(text);
      return text === 'x' ? null : undefined;
    });
    expect([f('x'), f('x'), f('y'), f('y')]).toEqual([null, null, undefined, undefined]);
    expect(calls).toEqual(['x', 'y']);
  });

  it('never keeps a text longer than its limit', () => {
    const { f, calls } = counted();
    const long = '一个很长很长的说明文字超过十个字';
    expect([f(long), f(long)]).toEqual([long.length, long.length]);
    expect(calls).toEqual([long, long]);
  });

  it('stays bounded: many distinct texts start it afresh rather than grow it', () => {
    const { f, calls } = counted();
    for (let i = 0; i < 600; i++) f(`t${i}`);
    calls.length = 0;
    f('t599'); // kept since the clear at 512
    f('t0'); // dropped by it
    expect(calls).toEqual(['t0']);
  });

  it('statusWord gives the same verdicts asked again, for any text', () => {
    const texts = [
      '已完成',
      'Green',
      '滞后序时进度',
      '☑是 ☐否',
      'Red (Not Met)',
      '89.8% (achieved)',
      '本年目标',
    ];
    const first = texts.map((t) => statusWord(t));
    expect(first).toEqual(['achieved', 'on_track', 'behind', null, 'missed', null, null]);
    expect(texts.map((t) => statusWord(t))).toEqual(first);
  });
});
