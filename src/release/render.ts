import { bumpOf, parseConventionalCommit } from './conventional.js';
import { shortName, type RangeCommit } from './history.js';
import type { ReleaseOutcome } from './release.js';
import { codeSpan, markdownText } from '../lib/markdown.js';


const subjectOf = (message: string): string => message.split('\n', 1)[0].trim();

const SECTIONS: Array<{ title: string; test: (type: string, breaking: boolean) => boolean }> = [
  { title: 'Breaking changes', test: (_type, breaking) => breaking },
  { title: 'Features', test: (type) => type === 'feat' },
  { title: 'Fixes', test: (type) => type === 'fix' || type === 'perf' },
  { title: 'Other changes', test: () => true },
];

/** A short changelog from the commits, for `release-notes: false` (GitHub's generated notes are not used). */
export function renderChangelog(commits: readonly RangeCommit[], previousTag: string | undefined): string {
  if (commits.length === 0) return previousTag ? `No commits since ${previousTag}.` : 'First release.';
  const groups = new Map<string, string[]>();
  for (const commit of commits) {
    const parsed = parseConventionalCommit(commit.message);
    const section = SECTIONS.find((each) => each.test(parsed?.type ?? '', parsed?.breaking ?? false)) as (typeof SECTIONS)[number];
    const scope = parsed?.scope ? `**${markdownText(parsed.scope)}:** ` : '';
    const line = `- ${scope}${markdownText(parsed?.subject ?? subjectOf(commit.message))} (${shortName(commit.sha)})`;
    groups.set(section.title, [...(groups.get(section.title) ?? []), line]);
  }
  const parts = SECTIONS.filter((section) => groups.has(section.title)).map((section) => `### ${section.title}\n${(groups.get(section.title) ?? []).join('\n')}`);
  return `${parts.join('\n\n')}\n\n${previousTag ? `Changes since ${previousTag}.` : ''}`.trim();
}

const MAX_LISTED = 30;

/** The job summary of a release run (or of its dry run). */
export function renderReleaseSummary(outcome: ReleaseOutcome): string {
  const { plan } = outcome;
  const lines: string[] = [];
  if (outcome.dryRun) {
    lines.push(`## Release (dry run): ${plan.existing ? `${plan.tag} already exists` : `would create ${plan.tag}`}`, '');
    lines.push('Nothing was changed. The plan:', '');
    if (plan.existing) {
      lines.push(`- ${shortName(plan.sha)} already carries ${plan.tag}${plan.release ? `, released at ${plan.release.html_url}` : '; its missing GitHub Release would be published'}.`);
    } else {
      lines.push(`- Create the annotated tag ${codeSpan(plan.tag)} on ${shortName(plan.sha)} (POST /git/tags, POST /git/refs).`);
      lines.push(
        `- Publish the GitHub Release ${plan.tag} with ${plan.previousTag ? `notes since ${plan.previousTag}` : 'notes of the first release'}, make_latest ${plan.makeLatest}${plan.prerelease ? ', pre-release' : ''}.`,
      );
    }
  } else if (outcome.concurrent) {
    lines.push(
      `## Release ${plan.tag}: published by a concurrent run`,
      '',
      `Another run released ${shortName(plan.sha)} as ${plan.tag} at the same time; GitHub keeps one release per tag, so this run created nothing more.`,
    );
  } else if (!outcome.created && !outcome.repaired) {
    lines.push(`## Release ${plan.tag}: already released`, '', `${shortName(plan.sha)} already carries ${plan.tag}; nothing was created.`);
  } else {
    lines.push(`## Released ${plan.tag}`);
  }
  lines.push('', '| | |', '|---|---|');
  lines.push(`| Tag | ${codeSpan(plan.tag)} on ${shortName(plan.sha)} |`);
  lines.push(`| Version | ${plan.version} |`);
  lines.push(`| Previous release | ${plan.previousTag ? codeSpan(plan.previousTag) : 'none (first release)'} |`);
  lines.push(`| Why this version | ${markdownText(plan.reason)} |`);
  if (outcome.releaseUrl) lines.push(`| GitHub Release | ${outcome.releaseUrl} |`);
  if (!plan.existing || outcome.repaired) lines.push(`| Latest | ${plan.makeLatest === 'true' ? 'yes' : 'no'}${plan.prerelease ? ' (pre-release)' : plan.makeLatest === 'false' && plan.latestTag ? ` (${markdownText(plan.latestTag)} stays latest)` : ''} |`);
  lines.push(`| Created | ${outcome.created ? 'yes' : outcome.repaired ? 'the missing GitHub Release' : 'no'} |`);
  if (plan.commits.length > 0) {
    lines.push('', `<details><summary>${plan.commits.length} commit${plan.commits.length === 1 ? '' : 's'} since ${plan.previousTag ?? 'the start'}${plan.truncated ? ' (history truncated)' : ''}</summary>`, '');
    for (const commit of plan.commits.slice(-MAX_LISTED).reverse()) {
      const bump = bumpOf(parseConventionalCommit(commit.message));
      lines.push(`- ${shortName(commit.sha)} ${markdownText(subjectOf(commit.message))}${bump ? ` — ${bump}` : ''}`);
    }
    if (plan.commits.length > MAX_LISTED) lines.push(`- … and ${plan.commits.length - MAX_LISTED} older`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
