// The runtime's own cost, without orchestration: the addon's Containerd client against a
// private containerd, N containers of the bench image created and started with `c` at a
// time (the OCI spec from the agent's own builder), each phase timed: the image lookup,
// container create (record + rootfs snapshot), task create (shim + runc create), task
// start. What shoal's agent cannot go below on this machine; what it adds is the rest.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Containerd } from '../src/native'
import { buildOciSpec, imageRunConfig } from '../src/agent/exec/oci-spec'
import { TestContainerd } from '../__test__/helpers/containerd'
import type { AssignedTask } from '../src/agent/types'
import { removeCgroupParent } from './dockerd'

export interface Floor {
  n: number
  concurrency: number
  totalS: number
  perContainerMs: number
  phaseMs: Record<'image' | 'create' | 'taskCreate' | 'start', number> // mean per container
}

// guard: registers the teardown for an interrupted run (containers.ts's guarded()).
export async function runtimeFloor(archive: string, image: string, n: number, concurrency: number, ociRuntime: 'runc' | 'crun', guard = (f: () => Promise<void>) => f): Promise<Floor> {
  const ctd = new TestContainerd('shoal-bench-floor')
  const destroy = guard(async () => {
    await ctd.destroy()
    removeCgroupParent(path.basename(ctd.dir))
  })
  try {
    await ctd.start()
    const c = new Containerd({ socket: ctd.socket, namespace: 'shoal', snapshotter: 'overlayfs' })
    const [loaded] = await c.importArchive(archive)
    const phases = { image: 0, create: 0, taskCreate: 0, start: 0 }
    const timed = async <T>(phase: keyof typeof phases, fn: () => Promise<T>): Promise<T> => {
      const t = performance.now()
      const v = await fn()
      phases[phase] += performance.now() - t
      return v
    }
    const one = async (i: number) => {
      const id = `floor-${i}`
      const task = { id, serviceId: 'floor', serviceName: 'floor', slot: i + 1, nodeId: '', desiredState: 0, spec: { image, command: ['sleep'], args: ['3600'], env: [], mounts: [] } } as unknown as AssignedTask
      const im = await timed('image', () => c.imagePrepare(loaded.name))
      const spec = buildOciSpec({ task, image: imageRunConfig(im.config), cgroupsPath: `/${path.basename(ctd.dir)}/${id}`, volumeDir: (v) => v })
      await timed('create', () => c.containerCreate({ id, image: im.name, chainId: im.chainId, spec: JSON.stringify(spec), ociRuntime, labels: {} }))
      const out = path.join(ctd.dir, `${id}.out`)
      fs.writeFileSync(out, '')
      await timed('taskCreate', () => c.taskCreate(id, out, out, ociRuntime))
      await timed('start', () => c.taskStart(id))
    }
    const t0 = performance.now()
    let next = 0
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < n) await one(next++)
    }))
    const total = performance.now() - t0
    // Removed through the addon, cores at a time (TestContainerd.destroy's one `ctr` call
    // per container would take minutes).
    next = 0
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const id = `floor-${next++}`
        await c.taskKill(id, 9, true).catch(() => undefined)
        await c.taskWait(id).catch(() => undefined)
        await c.containerDelete(id).catch(() => undefined)
      }
    }))
    const mean = (v: number) => +(v / n).toFixed(1)
    return {
      n,
      concurrency,
      totalS: +(total / 1000).toFixed(2),
      perContainerMs: mean(total),
      phaseMs: { image: mean(phases.image), create: mean(phases.create), taskCreate: mean(phases.taskCreate), start: mean(phases.start) },
    }
  } finally {
    await destroy()
  }
}
