//! ReadIndex requests (Node::read_index) in flight on one member: each waits for the
//! leader's confirmed commit index, then for this member to apply up to it. The driver
//! sends them (raft-rs `read_index`), feeds back the read states its Readys carry, and asks
//! here which to send again, which failed and which are answered; nothing here touches
//! raft-rs, so the bookkeeping stands apart from the driver's turn.

use std::time::{Duration, Instant};

use crate::{Completion, ProposeError};

struct ReadWait<E> {
    ctx: Vec<u8>,
    /// When the request was last sent (it is sent again while unanswered).
    sent: Instant,
    deadline: Instant,
    index: Option<u64>,
    done: Completion<E>,
}

pub(crate) struct Reads<E> {
    waiting: Vec<ReadWait<E>>,
}

impl<E> Reads<E> {
    pub(crate) fn new() -> Self {
        Reads {
            waiting: Vec::new(),
        }
    }

    /// A request just sent with `ctx`, failed if unanswered by `deadline`.
    pub(crate) fn add(&mut self, ctx: Vec<u8>, deadline: Instant, done: Completion<E>) {
        self.waiting.push(ReadWait {
            ctx,
            sent: Instant::now(),
            deadline,
            index: None,
            done,
        });
    }

    /// Fails the requests past their deadline and returns the contexts of those to send
    /// again (unanswered for `again`: raft-rs drops a request made while no leader is known,
    /// or at a leader that has not committed an entry in its term yet).
    pub(crate) fn expire_and_resend(&mut self, now: Instant, again: Duration) -> Vec<Vec<u8>> {
        let mut resend = Vec::new();
        let mut i = 0;
        while i < self.waiting.len() {
            let r = &mut self.waiting[i];
            if now >= r.deadline {
                let r = self.waiting.swap_remove(i);
                (r.done)(Err(ProposeError::Refused {
                    code: "Timeout",
                    message: "no leader confirmed a read index within two election timeouts".into(),
                }));
                continue;
            }
            if r.index.is_none() && now >= r.sent + again {
                r.sent = now;
                resend.push(r.ctx.clone());
            }
            i += 1;
        }
        resend
    }

    /// The read indexes the leader confirmed (a Ready's read states), noted on their requests.
    pub(crate) fn confirmed(&mut self, states: Vec<raft::ReadState>) {
        for rs in states {
            if let Some(r) = self
                .waiting
                .iter_mut()
                .find(|r| r.index.is_none() && r.ctx == rs.request_ctx)
            {
                r.index = Some(rs.index);
            }
        }
    }

    /// The requests whose index this member has applied (and published), with their answer.
    pub(crate) fn applied(
        &mut self,
        applied: u64,
    ) -> Vec<(Completion<E>, Result<u64, ProposeError<E>>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.waiting.len() {
            if let Some(index) = self.waiting[i].index.filter(|&x| x <= applied) {
                let r = self.waiting.swap_remove(i);
                out.push((r.done, Ok(index)));
            } else {
                i += 1;
            }
        }
        out
    }

    /// Fails every request (the node stopped).
    pub(crate) fn fail_all(&mut self, err: impl Fn() -> ProposeError<E>) {
        for r in self.waiting.drain(..) {
            (r.done)(Err(err()));
        }
    }
}
