// The contract between the agent and a node's network data plane (overlay devices, task
// namespaces, load balancing, embedded DNS). The manager decides everything here
// (src/manager/allocator/: subnets, VNIs, virtual IPs, task addresses) and sends it with
// the node's assignments (src/manager/network/delivery.ts); the data plane only programs
// the kernel to match. Plain data, as src/agent/types.ts: it crosses gRPC (proto
// shoal.v1.NodeNetworkState, shoal.v1.NetworkAttachment) and is converted to these shapes
// by the session.
//
// When a task asks for no network (no attachments), the agent calls nothing here and runs
// the task as it always did, in the host's namespaces.

// A network as a node needs it: what to build (a bridge and a VXLAN device with this VNI in
// the network's sandbox namespace) and its address plan.
export interface NetworkConfig {
  id: string
  name: string
  driver: string // 'overlay'
  vni: number // VXLAN network identifier (4096 and up, as docker allocates)
  subnet: string // CIDR, e.g. '10.0.1.0/24'
  gateway: string // address without prefix length, e.g. '10.0.1.1'
  // The routing mesh's network (docker's Ingress): published ingress ports are balanced
  // through it on every node.
  ingress: boolean
  // No route out of the overlay (docker's --internal).
  internal: boolean
  // The node's own address on this network (docker's per-node load-balancer endpoint),
  // the source address IPVS/nftables masquerade to when they forward into the overlay.
  // CIDR; empty when the manager has not given this node one.
  nodeAddress: string
}

// One network a task is attached to: the interface the data plane puts into the task's
// namespace (veth, this address, a default route via the gateway unless internal).
export interface NetworkAttachment {
  networkId: string
  addresses: string[] // CIDR, e.g. '10.0.1.5/24'; one IPv4 address today
  aliases: string[] // extra DNS names of the task on this network (docker's --network alias=)
}

// What the agent hands the data plane to attach a task.
export interface AttachRequest {
  taskId: string
  serviceName: string
  attachments: NetworkAttachment[]
  // The configs of the networks named in `attachments` (every one of them is present).
  networks: NetworkConfig[]
  // The task's host-mode published ports: answered on this node only, at the task.
  hostPorts?: PublishedPort[]
}

export interface AttachResult {
  // The task's network namespace (a bind-mounted nsfs path): the runtime runs the task in
  // it (process runtime: setns/nsenter; containerd: the OCI spec's network namespace path).
  netnsPath: string
}

// Called by the agent before a task with attachments starts, and after it ended (or when it
// leaves the node). attach() is idempotent per task id (an agent restarted mid-start calls it
// again and gets the same namespace back); detach() of an unknown task is a no-op.
// attach() throws an Error whose `code` is 'Rejected' when the node cannot program its
// kernel for this task (missing module, no permission, a network it cannot build): the agent
// reports the task REJECTED with that message and goes on with its other tasks.
export interface NetworkAttacher {
  attach(req: AttachRequest): Promise<AttachResult>
  // Instead of attach(), for a task without networks that runs in the node's own namespace
  // (a process task, a container with --network host): no namespace is made, its host-mode
  // ports are its own (a published port other than its target is forwarded to the target).
  // Undone by detach(); 'Rejected' as attach().
  publishInNodeNamespace(taskId: string, hostPorts: PublishedPort[]): Promise<void>
  detach(taskId: string): Promise<void>
}

// A published port as the balancer programs it (the service's resolved ports: an ingress
// port the user left out has the one the allocator chose).
export interface PublishedPort {
  protocol: 'tcp' | 'udp' | 'sctp'
  targetPort: number
  publishedPort: number // 0: none (a target reachable on the VIP only)
  publishMode: 'ingress' | 'host'
}

// A task a service balances to, on any node of the swarm.
export interface EndpointTask {
  taskId: string
  nodeId: string
  // The task's node's underlay address (where its VXLAN packets go: FDB + neighbour
  // entries on the other nodes), without port.
  nodeAddr: string
  address: string // the task's address on this network, without prefix length
  // false while the task is told to stop or is not running: the balancer keeps it at
  // weight 0 (draining) rather than removing it outright, so established connections end.
  active: boolean
  // Its slot (0 or absent: a global service's task, named by its node instead), for its
  // name in the embedded DNS (names.ts taskName).
  slot?: number
}

// A service on one network, as DNS and the balancer see it.
export interface ServiceEndpoints {
  serviceId: string
  serviceName: string
  aliases: string[] // further names the service answers to on this network
  endpointMode: 'vip' | 'dnsrr'
  vip: string // address without prefix length; '' with dnsrr
  ports: PublishedPort[]
  tasks: EndpointTask[]
}

// Everything a node's data plane needs about one network: the network itself, and every
// service on it with its tasks on all nodes (VIP balancing, DNS, FDB for remote tasks).
export interface NetworkState {
  network: NetworkConfig
  services: ServiceEndpoints[]
  // Every node's own address on the network (on ingress: the address the routing mesh
  // masquerades to, which tasks on other nodes answer across the overlay). Optional for
  // callers that build a state by hand without the routing mesh.
  peers?: NetworkPeer[]
}

export interface NetworkPeer {
  nodeId: string
  address: string // without prefix length
  nodeAddr: string // the node's underlay address, without port
}

// The complete desired state of a node's load balancing and discovery: one entry per
// network the node has tasks on, plus the ingress network on every node while any service
// publishes an ingress port. Pushed whole after every change (the data plane computes its
// own difference, as it must after a restart anyway); a network absent from the state is
// to be torn down.
export interface LoadBalancerState {
  networks: NetworkState[]
}

// The node's data plane as the agent drives it: attaching tasks and following the state.
// apply() is called with every new state (never concurrently) and takes it before it first
// awaits: tasks are attached while it converges (the agent does not hold a task's start
// until the whole state is applied), and an attach uses the state last given; close() stops following and
// leaves the kernel as it is (a restarted agent converges from there), whereas leave()
// removes everything the data plane created (`swarm leave`).
export interface NetworkDataPlane extends NetworkAttacher {
  // At agent start, before any apply or attach: the tasks the agent knows; what an earlier
  // process made for any other task is removed.
  retain(taskIds: ReadonlySet<string>): Promise<void>
  apply(state: LoadBalancerState): Promise<void>
  leave(): Promise<void>
  close(): Promise<void>
  // Which kernel backend balances ('ipvs' | 'nftables'), shown by `info`.
  readonly backend: string
  // How the node's NAT rules (published ports, the gateway) are written ('nftables' |
  // 'iptables' | 'none'), shown by `info`.
  readonly nodeRules: string
}
