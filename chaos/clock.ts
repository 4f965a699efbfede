// Clock jumps for the nemesis: every daemon runs under libfaketime (LD_PRELOAD), reading
// its wall-clock offset from a file of its own that the nemesis rewrites. Only the wall
// clock moves (CLOCK_REALTIME: Date.now, time(), certificate validity), as an NTP step
// does; the monotonic clock (timers, Raft ticks, performance.now) stays true. Where
// libfaketime is not installed, runs have no clock faults and say so.
import * as fs from 'node:fs'

// Debian's libfaketime; the MT build is the one safe with threads (the addon's, libuv's).
const LIBRARIES = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1', '/usr/lib/faketime/libfaketimeMT.so.1']

export function faketimeLibrary(): string | null {
  return LIBRARIES.find((l) => fs.existsSync(l)) ?? null
}

// The environment a daemon runs with so that `file` sets its clock's offset. The file is
// re-read at most once a second (reading it on every clock call would slow the daemon).
export function clockEnv(library: string, file: string): NodeJS.ProcessEnv {
  setClockOffset(file, 0)
  return {
    LD_PRELOAD: library,
    FAKETIME_TIMESTAMP_FILE: file,
    FAKETIME_CACHE_DURATION: '1',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  }
}

// Moves the wall clock of the daemon reading `file` to `seconds` from the true time
// (libfaketime's relative format: "+120", "-30").
export function setClockOffset(file: string, seconds: number): void {
  fs.writeFileSync(file, `${seconds >= 0 ? '+' : '-'}${Math.abs(Math.round(seconds))}\n`)
}
