import { describe, expect, test } from '@jest/globals';
import { detectFormat, detectFormatFromHead } from '../../src/coverage/detect.js';
import { reportFile } from './helpers.js';

describe('detectFormatFromHead', () => {
  test.each([
    ['TN:\nSF:/a/b.ts\nDA:1,1\n', 'lcov'],
    ['SF:src/a.c\nDA:1,1\n', 'lcov'],
    ['VER:2.0\nTN:x\nSF:a\n', 'lcov'],
    ['mode: atomic\na.go:1.1,2.2 1 1\n', 'go'],
    ['\uFEFF{"/a.js":{"path":"/a.js","statementMap":{}}}', 'istanbul'],
    ['{\n  "/a.js": {\n    "path": "/a.js",\n    "statementMap" : {}', 'istanbul'],
    ['<?xml version="1.0"?>\n<coverage line-rate="0.5" version="6.5"><sources><source>.</source></sources>', 'cobertura'],
    ['<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage>', 'cobertura'],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1700000000" clover="3.2.0">\n  <project timestamp="1" name="All files">', 'clover'],
    ['<coverage generated="1"><project name="x">', 'clover'],
    ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">', 'jacoco'],
    ['<!-- a comment --><report name="x"><sessioninfo/>', 'jacoco'],
    ['{"meta": {"version": "7.0"}, "files": {}}', undefined],
    ['<html><body>coverage</body></html>', undefined],
    ['hello world\n', undefined],
  ])('%j → %s', (head, format) => {
    expect(detectFormatFromHead(head)).toBe(format);
  });
});

describe('detectFormat', () => {
  test('reads the first bytes of the file, not its name', async () => {
    expect(await detectFormat(reportFile('TN:\nSF:a.js\n', 'coverage.xml'))).toBe('lcov');
  });

  test.each([
    ['', 'cov.info is empty: the tests recorded no coverage.'],
    ['  \n', 'cov.info is empty: the tests recorded no coverage.'],
    [
      '{"meta": {}, "files": {}}',
      'cov.info line 1: the file is JSON without istanbul\'s "statementMap" (coverage.py\'s JSON is not supported: use "coverage xml" or "coverage lcov"); accepted are lcov, Cobertura, Clover and JaCoCo XML, istanbul\'s coverage-final.json and Go coverprofiles.',
    ],
    [
      'PK\u0003\u0004binary',
      'cov.info line 1: the file is not a coverage report shipgate reads; accepted are lcov, Cobertura, Clover and JaCoCo XML, istanbul\'s coverage-final.json and Go coverprofiles.',
    ],
  ])('%j fails with one sentence', async (content, message) => {
    expect(await detectFormat(reportFile(content), 'cov.info').catch((e: Error) => e.message)).toBe(message);
  });
});
