/** What every figure in BENCHMARKS.md is measured on: date, machine and versions. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../lib/browser.ts';

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the benchmark started: anything else running skews the figures. */
  load: number;
}

export function machine(): Machine {
  let chromium = 'not installed';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // leave "not installed"
  }
  let cores = cpus().length;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    // os.cpus() is good enough
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores,
    cpu: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromium.replace(/ built on .*/, ''),
    load: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** One line to put under every section heading. */
export function measuredOn(m: Machine, extra = ''): string {
  return `_Measured ${m.date.replace('T', ' ').replace('Z', ' UTC')} on ${m.cores} cores (nproc; ${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}${extra}; 1-minute load average before the run: ${m.load}._`;
}
