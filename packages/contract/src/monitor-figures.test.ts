import { MONITOR_FIGURE_IDS } from '@springplank/domain';
import { describe, expect, it } from 'vitest';
import { MONITOR_FIGURES } from './monitor-figures';

describe('monitor figures', () => {
  it('are exactly the domain figure ids the vocabulary names, once each and in their order', () => {
    expect(MONITOR_FIGURES.map((figure) => figure.id)).toEqual([...MONITOR_FIGURE_IDS]);
  });
});
