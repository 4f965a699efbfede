// The one loader of the Rust addon. `npm run build:native` compiles crates/shoal-napi
// into native/shoal.node and generates native/index.d.ts, whose types this re-exports.
import * as path from 'node:path'

const addonPath = path.resolve(__dirname, '..', '..', '..', 'native', 'shoal.node')

// eslint-disable-next-line @typescript-eslint/no-var-requires
const addon: typeof import('../../native/index') = require(addonPath)

export = addon
