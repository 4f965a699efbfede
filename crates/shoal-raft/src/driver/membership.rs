//! Membership changes (one at a time, proposed once raft accepts one) and leadership
//! transfers, and the member list they publish.

use std::time::Instant;

use bytes::Bytes;
use protobuf::Message as _;
use raft::eraftpb::{ConfChange, ConfChangeSingle, ConfChangeType, ConfChangeV2, Entry, EntryType};
use raft::StateRole;

use super::{Driver, Pending, Transfer};
use crate::{Completion, Contexts, Member, MemberChange, ProposeError, StateMachine};

impl<S: StateMachine> Driver<S> {
    pub(super) fn voters(&self) -> &[u64] {
        &self.raw.store().conf_state().voters
    }

    pub(super) fn change_membership(&mut self, change: MemberChange, done: Completion<S::Error>) {
        if self.raw.raft.state != StateRole::Leader {
            done(Err(self.not_leader()));
            return;
        }
        if self.conf_waiting.is_some() || self.conf_seq.is_some() {
            done(Err(ProposeError::Refused {
                code: "MembershipChangeInProgress",
                message: "another membership change is still being applied; retry once it is"
                    .into(),
            }));
            return;
        }
        self.conf_waiting = Some((change, done));
        self.propose_membership();
    }

    /// Proposes the waiting membership change once raft accepts one: raft-rs turns a conf
    /// change proposed while an earlier one is unapplied into an empty entry, silently.
    pub(super) fn propose_membership(&mut self) {
        if self.conf_waiting.is_none() {
            return;
        }
        if self.raw.raft.state != StateRole::Leader {
            let (_, done) = self.conf_waiting.take().unwrap();
            done(Err(self.not_leader()));
            return;
        }
        if self.raw.raft.pending_conf_index > self.applied {
            return;
        }
        let (change, done) = self.conf_waiting.take().unwrap();
        let refuse =
            |code: &'static str, message: String| Err(ProposeError::Refused { code, message });
        let voters = self.voters();
        let (single, context) = match change {
            MemberChange::Add { id, context } => {
                if id == 0 {
                    return done(refuse("InvalidArgument", "member id must not be 0".into()));
                }
                if voters.contains(&id) && self.contexts.get(&id).map_or(&[][..], |c| c) == context
                {
                    // Already there, as asked: nothing to change.
                    return done(Ok(self.applied));
                }
                let mut cs = ConfChangeSingle::default();
                cs.set_change_type(ConfChangeType::AddNode);
                cs.node_id = id;
                (cs, context)
            }
            MemberChange::Remove { id } => {
                if !voters.contains(&id) {
                    return done(refuse("NotFound", format!("node {id} is not a member")));
                }
                if voters.len() == 1 {
                    return done(refuse(
                        "InvalidArgument",
                        format!("node {id} is the only member; it cannot be removed"),
                    ));
                }
                let mut cs = ConfChangeSingle::default();
                cs.set_change_type(ConfChangeType::RemoveNode);
                cs.node_id = id;
                (cs, Vec::new())
            }
        };
        let mut cc = ConfChangeV2::default();
        cc.mut_changes().push(single);
        cc.context = Bytes::from(context);
        let (seq, ctx) = self.tag();
        match self.raw.propose_conf_change(ctx, cc) {
            Ok(()) => {
                let index = self.raw.raft.raft_log.last_index();
                self.pending.push_back(Pending { seq, index, done });
                self.conf_seq = Some(seq);
            }
            Err(_) => done(Err(self.not_leader())),
        }
    }

    /// The voter other than this node that has the most of the log (lowest id on a tie).
    pub(super) fn best_transferee(&self) -> Option<u64> {
        let prs = self.raw.raft.prs();
        self.voters()
            .iter()
            .filter(|&&v| v != self.id)
            .filter_map(|&v| prs.get(v).map(|p| (p.matched, v)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, v)| v)
    }

    pub(super) fn transfer_leader(&mut self, id: u64, done: Completion<S::Error>) {
        if self.raw.raft.state != StateRole::Leader {
            done(Err(self.not_leader()));
            return;
        }
        if self.transfer.is_some() {
            done(Err(ProposeError::Refused {
                code: "TransferInProgress",
                message: "a leadership transfer is already under way".into(),
            }));
            return;
        }
        let target = if id == 0 {
            match self.best_transferee() {
                Some(t) => t,
                None => {
                    done(Err(ProposeError::Refused {
                        code: "InvalidArgument",
                        message: "there is no other member to hand leadership to".into(),
                    }));
                    return;
                }
            }
        } else {
            id
        };
        if target == self.id {
            done(Ok(self.id));
            return;
        }
        if !self.voters().contains(&target) {
            done(Err(ProposeError::Refused {
                code: "NotFound",
                message: format!("node {target} is not a member"),
            }));
            return;
        }
        self.raw.transfer_leader(target);
        let timeout = self.cfg.tick_interval * (2 * self.cfg.election_ticks as u32);
        self.transfer = Some(Transfer {
            deadline: Instant::now() + timeout,
            done,
        });
    }

    pub(super) fn publish_members(&self) {
        let mut members: Vec<Member> = self
            .voters()
            .iter()
            .map(|&id| Member {
                id,
                context: self.contexts.get(&id).cloned().unwrap_or_default(),
            })
            .collect();
        members.sort_by_key(|m| m.id);
        *self.shared.members.lock().unwrap() = members;
    }
}

pub(super) fn decode_conf_change(e: &Entry) -> Result<ConfChangeV2, String> {
    let undecodable =
        |err: protobuf::ProtobufError| format!("undecodable conf change at {}: {err}", e.index);
    if e.get_entry_type() == EntryType::EntryConfChangeV2 {
        return ConfChangeV2::parse_from_bytes(&e.data).map_err(undecodable);
    }
    let v1 = ConfChange::parse_from_bytes(&e.data).map_err(undecodable)?;
    let mut single = ConfChangeSingle::default();
    single.set_change_type(v1.get_change_type());
    single.node_id = v1.node_id;
    let mut cc = ConfChangeV2::default();
    cc.mut_changes().push(single);
    cc.context = v1.context;
    Ok(cc)
}

/// Keeps the member contexts in step with an applied change: an added voter gets the change's
/// context, a removed member loses its entry.
pub(super) fn apply_contexts(contexts: &mut Contexts, cc: &ConfChangeV2) {
    for c in cc.get_changes() {
        match c.get_change_type() {
            ConfChangeType::AddNode => {
                contexts.insert(c.node_id, cc.context.to_vec());
            }
            ConfChangeType::RemoveNode => {
                contexts.remove(&c.node_id);
            }
            ConfChangeType::AddLearnerNode => {}
        }
    }
}
