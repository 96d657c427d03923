/**
 * Every Thai word in one object: the first screen's (th.json) and the other
 * pages' (pages/th.json), for code that reads words outside i18next (tests,
 * and checks that both languages have the same keys).
 */
import pages from './pages/th.json';
import th from './th.json';

export const everyThai = { ...th, ...pages };
