/**
 * The command line's --explain names each column's role in the user's language: every role a heading can
 * give has a word in both packs (a role without one would be printed as the engine's own key).
 */
import { TEXT } from '../../src/cli/messages';
import { HEADER_WORDS } from '../../src/engine/read/headerWords';

describe('the words of --explain', () => {
  it('names every role a heading can give in both languages', () => {
    const roles = Object.keys(HEADER_WORDS).filter((r) => r !== 'ignore');
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const missing = roles.filter((r) => !TEXT[lang].roles[r]);
      expect(missing).toEqual([]);
    }
  });
});
