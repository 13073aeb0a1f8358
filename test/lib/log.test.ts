import { describe, expect, it } from '@jest/globals';
import { neutralizeCommands } from '../../src/lib/log.js';
import { injectedCommands } from '../hostile/log-lines.js';

// Each text would start a workflow command if written to the log as it is.
const HOSTILE = [
  'stag\n::error::INJ <img src=x onerror=alert(1)>',
  '::error::INJ',
  '  ::warning file=a.ts::INJ',
  'a\r::set-env name=X::INJ',
  'a\r\n::add-mask::INJ',
  '\u00a0::notice::INJ',
  '\u2003::error::INJ',
  '\u0085::error::INJ',
  '\t::stop-commands::INJ',
  '##[error]INJ',
  'x\n   ##[set-output name=a;]INJ',
  'x\n::group::INJ\n::endgroup::',
  '::debug::INJ',
  'line one\nline two\n::error title=t::INJ',
];

describe('log lines never start a workflow command', () => {
  it.each(HOSTILE)('%j', (text) => {
    expect(injectedCommands(text)).not.toEqual([]);
    const safe = neutralizeCommands(text);
    expect(injectedCommands(safe)).toEqual([]);
    // A person reads the same text: only zero-width spaces were added.
    expect(safe.replace(/\u200b/g, '')).toBe(text.replace(/\r\n|\r/g, '\n'));
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeCommands('Deployed v1.2.0 to staging: a::b and ## headings')).toBe('Deployed v1.2.0 to staging: a::b and ## headings');
  });
});
