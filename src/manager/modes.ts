// Service modes (ServiceSpec.mode): "replicated" | "global" | "replicated-job" | "global-job".
// The job modes are docker's swarm jobs (orchestrator/jobs.ts).
export const isJobMode = (mode: string | null | undefined): boolean => mode === 'replicated-job' || mode === 'global-job'

// One task per eligible node: a global service or a global job.
export const isGlobalMode = (mode: string | null | undefined): boolean => mode === 'global' || mode === 'global-job'
