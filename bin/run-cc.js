#!/usr/bin/env node
require('v8-compile-cache')
require('@oclif/core').execute({ dir: __dirname }).catch(require('@oclif/core/handle'))
