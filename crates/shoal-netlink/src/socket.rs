//! A synchronous netlink socket that sends many requests in one `sendmsg` and then reads
//! their answers: the batching the data plane needs (programming 1,000 services is a few
//! writes on one socket, not 1,000 request/acknowledge round trips).
//!
//! Requests are fully encoded netlink messages (`encode`); the socket stamps sequence
//! numbers and flags. Within a batch only the last message of each chunk asks for an
//! acknowledgement: the kernel answers a failed request with an error message whatever its
//! flags, and handles the messages of one write in order, so the last acknowledgement
//! confirms every message before it that did not fail.

use std::fmt::Debug;
use std::os::fd::AsRawFd;
use std::path::Path;

use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NetlinkSerializable, NLM_F_ACK, NLM_F_DUMP,
    NLM_F_REQUEST,
};
use netlink_sys::{Socket, SocketAddr};

use crate::error::{Error, Result};
use crate::netns;

const NLMSG_HDRLEN: usize = 16;
const NLMSG_NOOP: u16 = 1;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
/// `NLM_F_CAPPED` / `NLM_F_ACK_TLVS` on an error message (linux/netlink.h).
const NLM_F_CAPPED: u16 = 0x100;
const NLM_F_ACK_TLVS: u16 = 0x200;
/// `NLMSGERR_ATTR_MSG`: the kernel's extended-ack text.
const NLMSGERR_ATTR_MSG: u16 = 1;

/// At most this many bytes, and this many requests, per write: the write must fit the
/// socket's send buffer, and every answer it can cause (an error message costs about 1 KiB
/// of receive buffer) must fit the receive buffer set in `open`.
const CHUNK_BYTES: usize = 256 * 1024;
const CHUNK_MESSAGES: usize = 1024;
const RECV_BUFFER: usize = 1 << 20;

/// Encodes one request (sequence number and request flags are stamped when sent).
pub fn encode<T: NetlinkSerializable + Debug>(payload: T, flags: u16) -> Vec<u8> {
    let mut header = NetlinkHeader::default();
    header.flags = flags;
    let mut msg = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(payload));
    msg.finalize();
    let mut buf = vec![0u8; msg.buffer_len()];
    msg.serialize(&mut buf);
    buf
}

pub struct NlSocket {
    socket: Socket,
    seq: u32,
    recv_buf: Vec<u8>,
    protocol: isize,
}

impl NlSocket {
    /// A socket of `protocol` (e.g. `netlink_sys::protocols::NETLINK_ROUTE`) in the caller's
    /// network namespace, or in the one bound at `netns` (the socket stays in that
    /// namespace for its whole life, whichever thread uses it later).
    pub fn open(protocol: isize, netns: Option<&Path>) -> Result<NlSocket> {
        let socket = match netns {
            None => Self::raw(protocol)?,
            Some(path) => netns::run_in(path, move || Self::raw(protocol))?,
        };
        Ok(NlSocket { socket, seq: 0, recv_buf: vec![0u8; 256 * 1024], protocol })
    }

    fn raw(protocol: isize) -> Result<Socket> {
        let mut socket = Socket::new(protocol).map_err(|e| Error::io("netlink socket", e))?;
        socket.bind_auto().map_err(|e| Error::io("netlink bind", e))?;
        socket.connect(&SocketAddr::new(0, 0)).map_err(|e| Error::io("netlink connect", e))?;
        // Answers carry only the failed request's header, plus the kernel's own text.
        let _ = socket.set_cap_ack(true);
        let _ = socket.set_ext_ack(true);
        set_buffer(&socket, libc::SO_RCVBUFFORCE, libc::SO_RCVBUF, RECV_BUFFER);
        set_buffer(&socket, libc::SO_SNDBUFFORCE, libc::SO_SNDBUF, CHUNK_BYTES * 2);
        Ok(socket)
    }

    pub fn protocol(&self) -> isize {
        self.protocol
    }

    fn next_seq(&mut self) -> u32 {
        self.seq = self.seq.wrapping_add(1).max(1);
        self.seq
    }

    /// Sends every request and returns one result per request, in order. `describe(i)`
    /// names request `i` in its error.
    pub fn batch(&mut self, requests: &[Vec<u8>], describe: &dyn Fn(usize) -> String) -> Vec<Result<()>> {
        let mut results: Vec<Result<()>> = Vec::with_capacity(requests.len());
        let mut out = Vec::with_capacity(CHUNK_BYTES);
        let mut start = 0;
        while start < requests.len() {
            out.clear();
            let mut end = start;
            while end < requests.len()
                && end - start < CHUNK_MESSAGES
                && (end == start || out.len() + requests[end].len() <= CHUNK_BYTES)
            {
                out.extend_from_slice(&requests[end]);
                end += 1;
            }
            // Stamp sequence numbers: request i of the chunk has first_seq + i.
            let first_seq = self.seq.wrapping_add(1).max(1);
            let mut offset = 0;
            for i in start..end {
                let seq = self.next_seq();
                let last = i + 1 == end;
                stamp(&mut out[offset..], seq, if last { NLM_F_ACK } else { 0 });
                offset += requests[i].len();
            }
            let chunk = self.send_chunk(&out, first_seq, end - start, &|i| describe(start + i));
            results.extend(chunk);
            start = end;
        }
        results
    }

    fn send_chunk(
        &mut self,
        out: &[u8],
        first_seq: u32,
        count: usize,
        describe: &dyn Fn(usize) -> String,
    ) -> Vec<Result<()>> {
        let mut results: Vec<Result<()>> = (0..count).map(|_| Ok(())).collect();
        if let Err(e) = self.socket.send(out, 0) {
            let err = Error::io("netlink send", e);
            return results.iter().map(|_| Err(err.clone())).collect();
        }
        let last_seq = first_seq.wrapping_add(count as u32 - 1);
        loop {
            let n = match self.socket.recv(&mut &mut self.recv_buf[..], 0) {
                Ok(n) => n,
                Err(e) => {
                    // ENOBUFS: answers were dropped, so which requests failed is unknown.
                    let err = Error::io("netlink receive (answers lost, state unknown)", e);
                    return results.iter().map(|_| Err(err.clone())).collect();
                }
            };
            let mut done = false;
            for msg in Messages::new(&self.recv_buf[..n]) {
                if msg.kind != NLMSG_ERROR {
                    continue;
                }
                let Some(i) = index_of(msg.seq, first_seq, count) else { continue };
                if let Some((errno, text)) = parse_error(&msg) {
                    if errno != 0 {
                        let what = match text {
                            Some(t) => format!("{} ({t})", describe(i)),
                            None => describe(i),
                        };
                        results[i] = Err(Error::kernel(errno, what));
                    }
                }
                if msg.seq == last_seq {
                    done = true;
                }
            }
            if done {
                return results;
            }
        }
    }

    /// One request that expects answers (a `GET` without dump): returns the answers' bytes,
    /// each a whole netlink message.
    pub fn request(&mut self, request: &[u8], what: &str) -> Result<Vec<Vec<u8>>> {
        self.exchange(request, NLM_F_REQUEST | NLM_F_ACK, what)
    }

    /// A dump request: every message of the dump, each a whole netlink message.
    pub fn dump(&mut self, request: &[u8], what: &str) -> Result<Vec<Vec<u8>>> {
        self.exchange(request, NLM_F_REQUEST | NLM_F_DUMP, what)
    }

    fn exchange(&mut self, request: &[u8], flags: u16, what: &str) -> Result<Vec<Vec<u8>>> {
        let seq = self.next_seq();
        let mut out = request.to_vec();
        stamp(&mut out, seq, flags);
        self.socket.send(&out, 0).map_err(|e| Error::io(format!("{what}: netlink send"), e))?;
        let mut answers = Vec::new();
        loop {
            let n = self
                .socket
                .recv(&mut &mut self.recv_buf[..], 0)
                .map_err(|e| Error::io(format!("{what}: netlink receive"), e))?;
            for msg in Messages::new(&self.recv_buf[..n]) {
                if msg.seq != seq {
                    continue;
                }
                match msg.kind {
                    NLMSG_DONE => return Ok(answers),
                    NLMSG_NOOP => {}
                    NLMSG_ERROR => {
                        let (errno, text) = parse_error(&msg)
                            .ok_or_else(|| Error::decode(format!("{what}: short netlink error")))?;
                        if errno == 0 {
                            return Ok(answers);
                        }
                        let what = match text {
                            Some(t) => format!("{what} ({t})"),
                            None => what.to_string(),
                        };
                        return Err(Error::kernel(errno, what));
                    }
                    _ => answers.push(msg.bytes.to_vec()),
                }
            }
        }
    }
}

/// Writes the sequence number and adds `NLM_F_REQUEST | extra` to the header at `buf[0..16]`.
fn stamp(buf: &mut [u8], seq: u32, extra: u16) {
    let flags = u16::from_ne_bytes([buf[6], buf[7]]) | NLM_F_REQUEST | extra;
    buf[6..8].copy_from_slice(&flags.to_ne_bytes());
    buf[8..12].copy_from_slice(&seq.to_ne_bytes());
}

fn index_of(seq: u32, first: u32, count: usize) -> Option<usize> {
    let i = seq.wrapping_sub(first) as usize;
    (i < count).then_some(i)
}

fn set_buffer(socket: &Socket, force: libc::c_int, plain: libc::c_int, size: usize) {
    let value = size as libc::c_int;
    let set = |opt| unsafe {
        // SAFETY: a plain int option on a socket we own.
        libc::setsockopt(
            socket.as_raw_fd(),
            libc::SOL_SOCKET,
            opt,
            &value as *const _ as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    // The FORCE variant needs CAP_NET_ADMIN (which programming the kernel needs anyway);
    // without it the kernel's rmem_max/wmem_max cap applies.
    if set(force) != 0 {
        set(plain);
    }
}

/// One netlink message inside a received buffer.
pub struct RawMessage<'a> {
    pub kind: u16,
    pub flags: u16,
    pub seq: u32,
    /// The whole message, header included.
    pub bytes: &'a [u8],
}

struct Messages<'a> {
    buf: &'a [u8],
}

impl<'a> Messages<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Messages { buf }
    }
}

impl<'a> Iterator for Messages<'a> {
    type Item = RawMessage<'a>;
    fn next(&mut self) -> Option<RawMessage<'a>> {
        if self.buf.len() < NLMSG_HDRLEN {
            return None;
        }
        let len = u32::from_ne_bytes(self.buf[0..4].try_into().unwrap()) as usize;
        if len < NLMSG_HDRLEN || len > self.buf.len() {
            return None;
        }
        let msg = RawMessage {
            kind: u16::from_ne_bytes([self.buf[4], self.buf[5]]),
            flags: u16::from_ne_bytes([self.buf[6], self.buf[7]]),
            seq: u32::from_ne_bytes(self.buf[8..12].try_into().unwrap()),
            bytes: &self.buf[..len],
        };
        let advance = (len + 3) & !3;
        self.buf = &self.buf[advance.min(self.buf.len())..];
        Some(msg)
    }
}

/// The positive errno (0 for an acknowledgement) and the kernel's extended-ack text.
fn parse_error(msg: &RawMessage) -> Option<(i32, Option<String>)> {
    let b = msg.bytes;
    if b.len() < NLMSG_HDRLEN + 4 {
        return None;
    }
    let errno = -i32::from_ne_bytes(b[16..20].try_into().unwrap());
    let mut text = None;
    if msg.flags & NLM_F_ACK_TLVS != 0 && b.len() >= NLMSG_HDRLEN + 4 + NLMSG_HDRLEN {
        let orig_len = u32::from_ne_bytes(b[20..24].try_into().unwrap()) as usize;
        let mut off = NLMSG_HDRLEN + 4 + if msg.flags & NLM_F_CAPPED != 0 { NLMSG_HDRLEN } else { orig_len };
        while off + 4 <= b.len() {
            let len = u16::from_ne_bytes([b[off], b[off + 1]]) as usize;
            let kind = u16::from_ne_bytes([b[off + 2], b[off + 3]]) & 0x3fff;
            if len < 4 || off + len > b.len() {
                break;
            }
            if kind == NLMSGERR_ATTR_MSG {
                let s = &b[off + 4..off + len];
                let s = s.split(|c| *c == 0).next().unwrap_or(s);
                text = Some(String::from_utf8_lossy(s).into_owned());
            }
            off += (len + 3) & !3;
        }
    }
    Some((errno, text))
}

/// The payload of a whole netlink message (its bytes after the 16-byte header).
pub fn payload(message: &[u8]) -> &[u8] {
    &message[NLMSG_HDRLEN.min(message.len())..]
}
