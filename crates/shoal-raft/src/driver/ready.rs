//! Handling one Ready: messages sent, entries and hard state persisted with one fsync,
//! committed entries applied and their proposers answered, snapshots taken and installed.

use std::sync::Arc;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{Entry, EntryType, Message, MessageType, Snapshot};
use raft::StateRole;

use super::membership::{apply_contexts, decode_conf_change};
use super::Driver;
use crate::{snapdata, CommitEvent, Outbound, ProposeError, StateMachine};

impl<S: StateMachine> Driver<S> {
    pub(super) fn handle_ready(&mut self) -> Result<(), String> {
        if !self.raw.has_ready() {
            return Ok(());
        }
        let mut rd = self.raw.ready();
        if let Some(ss) = rd.ss() {
            let was_leader = self.role == StateRole::Leader;
            self.role = ss.raft_state;
            if was_leader && ss.raft_state != StateRole::Leader {
                let leader = ss.leader_id;
                let leader = if leader == self.id { 0 } else { leader };
                self.fail_all(|| ProposeError::NotLeader { leader });
            }
        }
        self.reads.confirmed(rd.take_read_states());
        // A leader may send before persisting: followers' acks still wait for their own fsync,
        // and the leader counts itself only once its own write is durable.
        self.send(rd.take_messages(), Vec::new());

        if !rd.snapshot().is_empty() {
            self.install_snapshot(rd.snapshot().clone())?;
        }
        self.apply(rd.take_committed_entries())?;

        if !rd.entries().is_empty() {
            self.log.append(rd.entries()).map_err(|e| e.to_string())?;
        }
        if let Some(hs) = rd.hs() {
            self.log.set_hard_state(hs).map_err(|e| e.to_string())?;
        }
        // One fsync for every entry proposed this turn plus the hard state.
        if rd.must_sync() {
            self.log.sync().map_err(|e| e.to_string())?;
        }
        let entries = rd.take_entries();
        if !entries.is_empty() {
            self.raw.mut_store().append(entries);
        }
        if let Some(hs) = rd.hs() {
            self.raw.mut_store().set_hard_state(hs.clone());
        }
        let persisted = rd.take_persisted_messages();

        let mut light = self.raw.advance(rd);
        if let Some(commit) = light.commit_index() {
            // The commit index is recoverable from a quorum, so it rides along with the next
            // fsync instead of costing one of its own.
            self.raw.mut_store().set_commit(commit);
            let hs = self.raw.store().hard_state().clone();
            self.log.set_hard_state(&hs).map_err(|e| e.to_string())?;
        }
        // Everything that had to wait for this node's fsync, as one batch.
        self.send(persisted, light.take_messages());
        self.apply(light.take_committed_entries())?;
        self.raw.advance_apply();

        self.finish_turn();
        self.maybe_snapshot()
    }

    fn send(&mut self, msgs: Vec<Message>, more: Vec<Message>) {
        if msgs.is_empty() && more.is_empty() {
            return;
        }
        let Some(transport) = self.transport.as_mut() else {
            return;
        };
        let mut batch = Vec::with_capacity(msgs.len() + more.len());
        let mut unencodable = Vec::new();
        for m in msgs.into_iter().chain(more) {
            let is_snapshot = m.get_msg_type() == MessageType::MsgSnapshot;
            let to = m.to;
            match m.write_to_bytes() {
                Ok(bytes) => batch.push(Outbound {
                    to,
                    bytes,
                    is_snapshot,
                }),
                Err(_) => unencodable.push((to, is_snapshot)),
            }
        }
        if !batch.is_empty() {
            transport(batch);
        }
        for (to, is_snapshot) in unencodable {
            self.raw.report_unreachable(to);
            if is_snapshot {
                self.raw.report_snapshot(to, raft::SnapshotStatus::Failure);
            }
        }
    }

    fn install_snapshot(&mut self, snap: Snapshot) -> Result<(), String> {
        let meta = snap.get_metadata().clone();
        let (contexts, state) = snapdata::decode(&snap.data)
            .map_err(|e| format!("snapshot at {} from the leader: {e}", meta.index))?;
        self.log
            .install_snapshot(&snap)
            .map_err(|e| e.to_string())?;
        self.sm
            .restore(state)
            .map_err(|e| format!("restore snapshot at {}: {e}", meta.index))?;
        self.contexts = contexts;
        self.bytes_since_snapshot = 0;
        // Watchers cannot be told what changed, only that everything may have.
        self.events.push(CommitEvent {
            index: meta.index,
            changes: Vec::new(),
            resync: true,
            tag: None,
        });
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        self.raw.mut_store().install_snapshot(meta.clone(), path);
        self.applied = meta.index;
        self.applied_something = true;
        self.publish_members();
        Ok(())
    }

    fn apply(&mut self, entries: Vec<Entry>) -> Result<(), String> {
        for e in entries {
            let index = e.index;
            match e.get_entry_type() {
                EntryType::EntryNormal if e.data.is_empty() => {
                    // A new leader's empty entry; it may have displaced our proposals.
                    self.settle(index, &e.context, Ok(()));
                }
                EntryType::EntryNormal => {
                    self.bytes_since_snapshot += e.data.len() as u64;
                    let outcome = match self.sm.apply(index, &e.data) {
                        Ok(changes) => {
                            self.events.push(CommitEvent {
                                index,
                                changes,
                                resync: false,
                                tag: self.sm.tag(&e.data),
                            });
                            Ok(())
                        }
                        Err(err) => Err(ProposeError::Rejected(err)),
                    };
                    self.settle(index, &e.context, outcome);
                }
                EntryType::EntryConfChange | EntryType::EntryConfChangeV2 => {
                    let cc = decode_conf_change(&e)?;
                    // raft-rs validates the change against the current configuration; an
                    // invalid one fails the same way on every member and changes nothing.
                    let outcome = match self.raw.apply_conf_change(&cc) {
                        Ok(cs) => {
                            self.raw.mut_store().set_conf_state(cs);
                            apply_contexts(&mut self.contexts, &cc);
                            self.publish_members();
                            Ok(())
                        }
                        Err(err) => Err(ProposeError::Refused {
                            code: "InvalidArgument",
                            message: format!("membership change at {index} refused: {err}"),
                        }),
                    };
                    self.settle(index, &e.context, outcome);
                }
            }
            self.applied = index;
            self.applied_something = true;
        }
        Ok(())
    }

    /// Answers the proposal applied at `index` if it is ours, and fails any of ours that should
    /// have landed by now but were overwritten by another leader's entries.
    fn settle(&mut self, index: u64, ctx: &[u8], outcome: Result<(), ProposeError<S::Error>>) {
        let ours = self.our_seq(ctx);
        let mut outcome = Some(outcome);
        while let Some(front) = self.pending.front() {
            if front.index > index && Some(front.seq) != ours {
                return;
            }
            let p = self.pending.pop_front().unwrap();
            if self.conf_seq == Some(p.seq) {
                self.conf_seq = None;
            }
            if Some(p.seq) == ours {
                let result = outcome.take().unwrap().map(|()| index);
                self.answers.push((p.done, result));
                return;
            }
            let err = self.not_leader();
            self.answers.push((p.done, Err(err)));
        }
    }

    /// Makes this turn's applies visible, then tells watchers and proposers, in that order, so
    /// a proposer that reads right after its promise resolves sees its own write.
    fn finish_turn(&mut self) {
        if self.applied_something {
            self.sm.publish();
            self.applied_something = false;
        }
        let answered = self.reads.applied(self.applied);
        self.answers.extend(answered);
        self.update_status();
        if !self.events.is_empty() {
            let events = std::mem::take(&mut self.events);
            if !self.watchers.is_empty() {
                let batch: Arc<[CommitEvent<S::Change>]> = events.into();
                for w in &mut self.watchers {
                    w(&batch);
                }
            }
        }
        for (done, result) in self.answers.drain(..) {
            done(result);
        }
    }

    fn maybe_snapshot(&mut self) -> Result<(), String> {
        let snap_index = self.raw.store().snapshot_index();
        let by_count = self.cfg.snapshot_interval > 0
            && self.applied >= snap_index + self.cfg.snapshot_interval;
        let by_size =
            self.cfg.snapshot_bytes > 0 && self.bytes_since_snapshot >= self.cfg.snapshot_bytes;
        let wanted = self.raw.store().take_snapshot_wanted() || self.legacy_bootstrap;
        if !(by_count || by_size || wanted) || self.applied <= snap_index {
            return Ok(());
        }
        let index = self.applied;
        let term = self
            .raw
            .store()
            .term_of(index)
            .ok_or_else(|| format!("no term for applied index {index}"))?;
        let mut snap = Snapshot {
            data: Bytes::from(snapdata::encode(&self.contexts, &self.sm.snapshot())),
            ..Default::default()
        };
        let meta = snap.mut_metadata();
        meta.index = index;
        meta.term = term;
        meta.set_conf_state(self.raw.store().conf_state().clone());
        self.log.save_snapshot(&snap).map_err(|e| e.to_string())?;
        self.bytes_since_snapshot = 0;
        self.log.compact(index).map_err(|e| e.to_string())?;
        let path = self
            .log
            .snapshot()
            .map(|(_, p)| p.to_path_buf())
            .expect("snapshot just saved");
        let keep = if self.legacy_bootstrap {
            0
        } else {
            self.cfg.catch_up_entries
        };
        self.legacy_bootstrap = false;
        let store = self.raw.mut_store();
        store.set_snapshot(snap.take_metadata(), path);
        store.compact((index + 1).saturating_sub(keep));
        Ok(())
    }
}
