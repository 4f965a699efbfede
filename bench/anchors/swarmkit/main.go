// Command swarmkit-anchor measures the throughput of SwarmKit's own scheduler
// (github.com/moby/swarmkit/v2/manager/scheduler) over its in-memory store, so
// that shoal's scheduler figure can be reported as a ratio to it in the same
// run on the same machine.
//
// Set-up follows SwarmKit's scheduler tests and benchmark (benchScheduler in
// manager/scheduler/scheduler_test.go): a store.NewMemoryStore(nil), N nodes
// created READY/ACTIVE with resources, scheduler.New(store).Run(ctx) in a
// goroutine. Unlike the upstream benchmark (which creates nodes and tasks in
// one transaction before the scheduler has read them), the tasks are inserted
// here after the scheduler is running, the way the replicated orchestrator
// does it: per service, store.Batch with one batch.Update per task (the store
// commits a transaction every store.MaxChangesPerTransaction = 200 changes),
// tasks shaped like orchestrator.NewTask (ServiceID, ServiceAnnotations,
// SpecVersion, Slot, Endpoint) but already PENDING, i.e. as the allocator
// leaves them.
//
// Measured: wall time from the first task insert to the moment a store watch
// has seen all T tasks updated to ASSIGNED with a NodeID, tasks/s, and the
// process's peak resident set size (VmHWM).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/moby/swarmkit/v2/api"
	"github.com/moby/swarmkit/v2/identity"
	"github.com/moby/swarmkit/v2/manager/scheduler"
	"github.com/moby/swarmkit/v2/manager/state"
	"github.com/moby/swarmkit/v2/manager/state/store"
	"github.com/moby/swarmkit/v2/protobuf/ptypes"
	"github.com/sirupsen/logrus"
)

const swarmkitModule = "github.com/moby/swarmkit/v2"

type result struct {
	Impl      string  `json:"impl"`
	Version   string  `json:"version"`
	Nodes     int     `json:"nodes"`
	Tasks     int     `json:"tasks"`
	AssignS   float64 `json:"assign_s"`
	TasksPerS float64 `json:"tasks_per_s"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	Services  int     `json:"services"`
	InsertS   float64 `json:"insert_s"`
	Assigned  int     `json:"assigned"`
	Completed bool    `json:"completed"`
	GoVersion string  `json:"go"`
	CPUs      int     `json:"cpus"`
}

func main() {
	nodes := flag.Int("nodes", 100, "number of READY nodes in the store")
	tasks := flag.Int("tasks", 10000, "number of PENDING tasks to insert and have assigned")
	services := flag.Int("services", 10, "number of services the tasks are spread over evenly")
	batchSize := flag.Int("batch", 1000, "tasks per store.Batch call (the store itself commits every 200 changes inside a batch)")
	taskCPU := flag.Int64("task-nano-cpus", 0, "CPU reservation per task in nano-CPUs (0: none, the resource filter stays off)")
	taskMem := flag.Int64("task-mem-bytes", 0, "memory reservation per task in bytes (0: none)")
	nodeCPU := flag.Int64("node-nano-cpus", 64e9, "CPU resources of each node in nano-CPUs")
	nodeMem := flag.Int64("node-mem-bytes", 256<<30, "memory resources of each node in bytes")
	timeout := flag.Duration("timeout", 10*time.Minute, "give up (and report what was assigned) after this long")
	jsonOut := flag.Bool("json", true, "print the one-line JSON result on stdout")
	verbose := flag.Bool("v", false, "let SwarmKit log at info level (default: warnings only)")
	flag.Parse()

	if *nodes < 1 || *tasks < 1 || *services < 1 || *batchSize < 1 {
		fmt.Fprintln(os.Stderr, "nodes, tasks, services and batch must all be >= 1")
		os.Exit(2)
	}
	if *services > *tasks {
		*services = *tasks
	}
	if !*verbose {
		logrus.SetLevel(logrus.WarnLevel)
	}

	res, perNodeMin, perNodeMax := run(*nodes, *tasks, *services, *batchSize, *taskCPU, *taskMem, *nodeCPU, *nodeMem, *timeout)

	status := "all assigned"
	if !res.Completed {
		status = fmt.Sprintf("TIMED OUT after %s: %d of %d assigned", *timeout, res.Assigned, res.Tasks)
	}
	fmt.Fprintf(os.Stderr,
		"swarmkit %s scheduler: %d nodes, %d tasks over %d services: insert %.3fs, pending->assigned %.3fs, %.0f tasks/s, peak RSS %.0f MB; %s (per node min %d max %d) [%s, %d CPUs]\n",
		res.Version, res.Nodes, res.Tasks, res.Services, res.InsertS, res.AssignS, res.TasksPerS, res.PeakRSSMB,
		status, perNodeMin, perNodeMax, res.GoVersion, res.CPUs)
	if *jsonOut {
		b, _ := json.Marshal(res)
		fmt.Println(string(b))
	}
	if !res.Completed {
		os.Exit(1)
	}
}

func run(nNodes, nTasks, nServices, batchSize int, taskCPU, taskMem, nodeCPU, nodeMem int64, timeout time.Duration) (result, int, int) {
	ctx, cancelCtx := context.WithCancel(context.Background())
	defer cancelCtx()

	s := store.NewMemoryStore(nil)
	defer s.Close()

	// Nodes and services exist before the scheduler starts, as in a running
	// cluster where a batch of services is then scaled up.
	svcs := make([]*api.Service, nServices)
	must(s.Batch(func(batch *store.Batch) error {
		for i := 0; i < nNodes; i++ {
			n := &api.Node{
				ID: identity.NewID(),
				Spec: api.NodeSpec{
					Annotations:  api.Annotations{Name: "node" + strconv.Itoa(i), Labels: map[string]string{}},
					Membership:   api.NodeMembershipAccepted,
					Availability: api.NodeAvailabilityActive,
				},
				Status: api.NodeStatus{State: api.NodeStatus_READY},
				Description: &api.NodeDescription{
					Hostname:  "node" + strconv.Itoa(i),
					Platform:  &api.Platform{Architecture: "x86_64", OS: "linux"},
					Resources: &api.Resources{NanoCPUs: nodeCPU, MemoryBytes: nodeMem},
					Engine:    &api.EngineDescription{EngineVersion: "swarmkit-anchor"},
				},
			}
			if err := batch.Update(func(tx store.Tx) error { return store.CreateNode(tx, n) }); err != nil {
				return err
			}
		}
		for i := 0; i < nServices; i++ {
			replicas := uint64(nTasks / nServices)
			if i < nTasks%nServices {
				replicas++
			}
			svc := &api.Service{
				ID: identity.NewID(),
				Spec: api.ServiceSpec{
					Annotations: api.Annotations{Name: "svc" + strconv.Itoa(i)},
					Task: api.TaskSpec{
						Runtime: &api.TaskSpec_Container{Container: &api.ContainerSpec{Image: "busybox:latest", Command: []string{"sleep", "600"}}},
					},
					Mode: &api.ServiceSpec_Replicated{Replicated: &api.ReplicatedService{Replicas: replicas}},
				},
				SpecVersion: &api.Version{Index: 1},
			}
			if taskCPU > 0 || taskMem > 0 {
				svc.Spec.Task.Resources = &api.ResourceRequirements{
					Reservations: &api.Resources{NanoCPUs: taskCPU, MemoryBytes: taskMem},
				}
			}
			svcs[i] = svc
			if err := batch.Update(func(tx store.Tx) error { return store.CreateService(tx, svc) }); err != nil {
				return err
			}
		}
		return nil
	}))

	// Build the task objects up front so that the timed part is store
	// inserts + scheduling only.
	perService := make([][]*api.Task, nServices)
	for i, svc := range svcs {
		replicas := int(svc.Spec.GetReplicated().Replicas)
		list := make([]*api.Task, replicas)
		for slot := 0; slot < replicas; slot++ {
			list[slot] = &api.Task{
				ID:                 identity.NewID(),
				ServiceAnnotations: svc.Spec.Annotations,
				Spec:               svc.Spec.Task,
				SpecVersion:        svc.SpecVersion,
				ServiceID:          svc.ID,
				Slot:               uint64(slot + 1),
				Status: api.TaskStatus{
					State:     api.TaskStatePending,
					Timestamp: ptypes.MustTimestampProto(time.Now()),
					Message:   "pending task scheduling",
				},
				Endpoint:     &api.Endpoint{},
				DesiredState: api.TaskStateRunning,
			}
		}
		perService[i] = list
	}

	// Watch for the scheduler's task updates before anything is inserted.
	watch, cancelWatch := state.Watch(s.WatchQueue(), api.EventUpdateTask{})
	defer cancelWatch()

	sched := scheduler.New(s)
	schedDone := make(chan struct{})
	go func() {
		defer close(schedDone)
		if err := sched.Run(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "scheduler.Run:", err)
		}
	}()
	// Let the scheduler take its initial snapshot (empty of tasks) so that
	// every task reaches it as a create event, as in a live cluster.
	time.Sleep(200 * time.Millisecond)

	allDone := make(chan struct{})
	go func() {
		seen := make(map[string]struct{}, nTasks)
		for ev := range watch {
			u, ok := ev.(api.EventUpdateTask)
			if !ok || u.Task == nil {
				continue
			}
			if u.Task.NodeID == "" || u.Task.Status.State != api.TaskStateAssigned {
				continue
			}
			if _, dup := seen[u.Task.ID]; dup {
				continue
			}
			seen[u.Task.ID] = struct{}{}
			if len(seen) == nTasks {
				close(allDone)
				return
			}
		}
	}()

	start := time.Now()
	var insertDur time.Duration
	insertErr := make(chan error, 1)
	go func() {
		for _, list := range perService {
			for off := 0; off < len(list); off += batchSize {
				end := off + batchSize
				if end > len(list) {
					end = len(list)
				}
				chunk := list[off:end]
				err := s.Batch(func(batch *store.Batch) error {
					for _, t := range chunk {
						if err := batch.Update(func(tx store.Tx) error { return store.CreateTask(tx, t) }); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					insertErr <- err
					return
				}
			}
		}
		insertDur = time.Since(start)
		insertErr <- nil
	}()

	completed := false
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	insertsDone := false
wait:
	for !completed {
		select {
		case err := <-insertErr:
			must(err)
			insertsDone = true
		case <-allDone:
			completed = true
		case <-deadline.C:
			break wait
		}
	}
	elapsed := time.Since(start)
	if !insertsDone {
		must(<-insertErr)
	}

	sched.Stop()
	cancelCtx()
	<-schedDone

	// Cross-check against the store itself.
	assigned := 0
	perNode := map[string]int{}
	s.View(func(tx store.ReadTx) {
		all, err := store.FindTasks(tx, store.All)
		must(err)
		for _, t := range all {
			if t.NodeID != "" && t.Status.State == api.TaskStateAssigned {
				assigned++
				perNode[t.NodeID]++
			}
		}
	})
	minN, maxN := 0, 0
	if len(perNode) > 0 {
		minN = int(^uint(0) >> 1)
		for _, c := range perNode {
			minN = min(minN, c)
			maxN = max(maxN, c)
		}
		if len(perNode) < nNodes {
			minN = 0
		}
	}
	if completed && assigned != nTasks {
		fmt.Fprintf(os.Stderr, "watch saw all %d assigned but the store holds %d assigned\n", nTasks, assigned)
		completed = false
	}

	r := result{
		Impl:      "swarmkit",
		Version:   moduleVersion(),
		Nodes:     nNodes,
		Tasks:     nTasks,
		AssignS:   round(elapsed.Seconds(), 4),
		PeakRSSMB: round(peakRSSMB(), 1),
		Services:  nServices,
		InsertS:   round(insertDur.Seconds(), 4),
		Assigned:  assigned,
		Completed: completed,
		GoVersion: runtime.Version(),
		CPUs:      runtime.NumCPU(),
	}
	if completed {
		r.TasksPerS = round(float64(nTasks)/elapsed.Seconds(), 1)
	} else {
		r.TasksPerS = round(float64(assigned)/elapsed.Seconds(), 1)
	}
	return r, minN, maxN
}

func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == swarmkitModule {
				if d.Replace != nil {
					return d.Replace.Version
				}
				return d.Version
			}
		}
	}
	return "unknown"
}

// peakRSSMB is the process's high-water resident set size (VmHWM).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				f := strings.Fields(line)
				if len(f) >= 2 {
					if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
						return kb / 1024
					}
				}
			}
		}
	}
	// Not Linux: fall back to what the Go runtime obtained from the OS.
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.Sys) / (1 << 20)
}

func round(x float64, digits int) float64 {
	p := 1.0
	for i := 0; i < digits; i++ {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
