// What the runner would take as a workflow command in a step's output, other than the ones an
// action issues on purpose: the runner splits output at \n, \r\n and \r, trims leading white
// space, and reads `::name ...::` (and the older `##[name ...]`) as a command. The corpus's
// hostile texts put the marker INJ right after the command they try to start.
const OWN = /^::(add-mask|error|warning|notice|debug|group|endgroup)( [^:]*)?::/;

/** Every line that starts a command the action did not issue itself. */
export function injectedCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(/^[\s\u0085]+/u, '');
    if (!trimmed.startsWith('::') && !trimmed.startsWith('##[')) return false;
    return trimmed !== line || !OWN.test(line) || /^::[a-z-]+( [^:]*)?::INJ/.test(line);
  });
}
