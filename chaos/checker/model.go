package main

// The sequential specification the chaos workload is checked against: one register per
// object (a service, a secret or a node, by name), partitioned by key, so Porcupine checks
// each object's operations on their own (a history is linearizable iff each object's is).
//
// A register holds whether the object exists, the value of its "chaos.v" label (every
// write of the workload sets a value no other write uses) and, for services, the value of
// the previous spec (docker's PreviousSpec, what a rollback restores). Updates are
// conditional in shoal (?version= of the object read): the workload sends the version it
// read together with the value it read, and the model only allows an update to succeed
// where the register still holds that value (a necessary condition: the same version
// means no write in between). A refusal for a version mismatch ("conflict") is allowed
// wherever the object exists: other writers (the orchestrator's update status, the
// dispatcher's node status) also move versions.
//
// Outcomes: "ok" means the client got a definite answer (success or a refusal it can
// interpret: exists, notfound, conflict, noprev); "unknown" means the request may or may
// not have taken effect (a timeout, a lost connection, a 5xx after it was sent): such an
// operation's return time is set to infinity, and the model lets it take effect or not
// (a nondeterministic step, as Jepsen treats indeterminate operations). Operations that
// surely had no effect ("fail": the connection was refused, nothing was sent) are not
// part of the history.

import (
	"fmt"

	"github.com/anishathalye/porcupine"
)

type input struct {
	Op     string // create, update, rollback, remove, read
	Kind   string // service, secret, node
	Value  string // create/update: the value written
	Expect string // update/rollback: the value the client read before it sent its version
}

type output struct {
	Unknown bool
	Status  string // ok, exists, notfound, conflict, noprev
	Value   string // read: the current value
	Prev    string // read of a service: the previous spec's value ("" when none)
}

type state struct {
	Exists bool
	Value  string
	Prev   string
}

func initial(kind string) state {
	// Nodes exist from the start, with no chaos label.
	return state{Exists: kind == "node"}
}

// step returns every state the register may be in after the operation, none when the
// operation could not have returned what it returned from s.
func step(s state, in input, out output) []state {
	applied, ok := apply(s, in)
	if out.Unknown {
		if !ok || in.Op == "read" {
			return []state{s}
		}
		return []state{s, applied}
	}
	switch in.Op {
	case "read":
		if out.Status == "notfound" {
			return when(!s.Exists, s)
		}
		return when(s.Exists && s.Value == out.Value && (in.Kind != "service" || s.Prev == out.Prev), s)
	case "create":
		switch out.Status {
		case "ok":
			return when(ok, applied)
		case "exists":
			return when(s.Exists, s)
		}
	case "update", "rollback", "remove":
		switch out.Status {
		case "ok":
			return when(ok, applied)
		case "conflict":
			return when(s.Exists, s)
		case "notfound":
			return when(!s.Exists, s)
		case "noprev":
			return when(in.Op == "rollback" && s.Exists && s.Prev == "", s)
		}
	}
	return nil
}

// apply: the state after the operation takes effect, and whether it can from s.
func apply(s state, in input) (state, bool) {
	switch in.Op {
	case "create":
		return state{Exists: true, Value: in.Value}, !s.Exists
	case "update":
		return state{Exists: true, Value: in.Value, Prev: s.Value}, s.Exists && s.Value == in.Expect
	case "rollback":
		return state{Exists: true, Value: s.Prev, Prev: s.Value}, s.Exists && s.Value == in.Expect && s.Prev != ""
	case "remove":
		return state{}, s.Exists
	}
	return s, true
}

func when(cond bool, s state) []state {
	if cond {
		return []state{s}
	}
	return nil
}

// registerModel: Porcupine's model of one object of the given kind (main checks each
// object's operations on their own, so the model is one register, not a map).
func registerModel(kind string) porcupine.Model {
	nm := porcupine.NondeterministicModel{
		Init: func() []interface{} { return []interface{}{initial(kind)} },
		Step: func(st, in, out interface{}) []interface{} {
			var next []interface{}
			for _, n := range step(st.(state), in.(input), out.(output)) {
				next = append(next, n)
			}
			return next
		},
		Equal: func(a, b interface{}) bool { return a.(state) == b.(state) },
		DescribeOperation: func(in, out interface{}) string {
			i, o := in.(input), out.(output)
			res := o.Status
			if o.Unknown {
				res = "unknown"
			} else if i.Op == "read" && o.Status == "ok" {
				res = fmt.Sprintf("%q prev %q", o.Value, o.Prev)
			}
			switch i.Op {
			case "create":
				return fmt.Sprintf("create(%q) -> %s", i.Value, res)
			case "update":
				return fmt.Sprintf("update(%q, expect %q) -> %s", i.Value, i.Expect, res)
			case "rollback":
				return fmt.Sprintf("rollback(expect %q) -> %s", i.Expect, res)
			}
			return fmt.Sprintf("%s() -> %s", i.Op, res)
		},
		DescribeState: func(st interface{}) string {
			s := st.(state)
			if !s.Exists {
				return "absent"
			}
			return fmt.Sprintf("%q (prev %q)", s.Value, s.Prev)
		},
	}
	return nm.ToModel()
}
