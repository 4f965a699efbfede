//! IPVS generic netlink messages (family "IPVS", version 1).
//!
//! Written here on netlink-packet-generic because neither young crate fits: netlink-packet-
//! ipvs 0.0.1 (2024) is built on netlink-packet-core 0.7 / -utils, a generation older than
//! the rust-netlink crates shoal uses (0.9), and documents 8 of its 208 items; nlrs 0.2 is a
//! netlink stack of its own, not the rust-netlink crates. The attribute set is small.
//!
//! Checked against the kernel's include/uapi/linux/ip_vs.h (Linux 6.1, the user-mode-linux
//! kernel the live test runs): the command numbers (IPVS_CMD_*), the command attributes
//! (IPVS_CMD_ATTR_*), service attributes (IPVS_SVC_ATTR_*: AF u16, PROTOCOL u16, ADDR
//! union nf_inet_addr (16 bytes), PORT __be16, FWMARK u32, SCHED_NAME string of at most
//! IP_VS_SCHEDNAME_MAXLEN 16, FLAGS struct ip_vs_flags {u32 flags; u32 mask}, TIMEOUT u32,
//! NETMASK u32), destination attributes (IPVS_DEST_ATTR_*: ADDR, PORT __be16, FWD_METHOD
//! u32 of IP_VS_CONN_F_FWD_MASK, WEIGHT u32, U_THRESH/L_THRESH u32, ADDR_FAMILY u16,
//! TUN_TYPE u8, TUN_PORT __be16, TUN_FLAGS u16) and the kernel's parser
//! (net/netfilter/ipvs/ip_vs_ctl.c: a new or changed service must carry SCHED_NAME, FLAGS,
//! TIMEOUT and NETMASK; a new or changed destination FWD_METHOD, WEIGHT, U_THRESH and
//! L_THRESH; a delete only the identity). The encodings are compared byte for byte with
//! what ipvsadm 1.31 sends (captured with strace in that kernel; see tests/ipvs_encoding.rs).

use std::net::Ipv4Addr;

use netlink_packet_core::{
    emit_u16, emit_u32, parse_u16, parse_u16_be, parse_u32, parse_u8, DecodeError, DefaultNla, Emitable, Nla,
    NlaBuffer, NlasIterator, Parseable, ParseableParametrized,
};
use netlink_packet_generic::{GenlFamily, GenlHeader};

pub const IPVS_GENL_NAME: &str = "IPVS";
pub const IPVS_GENL_VERSION: u8 = 1;

pub const IPVS_CMD_NEW_SERVICE: u8 = 1;
pub const IPVS_CMD_SET_SERVICE: u8 = 2;
pub const IPVS_CMD_DEL_SERVICE: u8 = 3;
pub const IPVS_CMD_GET_SERVICE: u8 = 4;
pub const IPVS_CMD_NEW_DEST: u8 = 5;
pub const IPVS_CMD_SET_DEST: u8 = 6;
pub const IPVS_CMD_DEL_DEST: u8 = 7;
pub const IPVS_CMD_GET_DEST: u8 = 8;
pub const IPVS_CMD_GET_INFO: u8 = 15;
pub const IPVS_CMD_FLUSH: u8 = 17;

const IPVS_CMD_ATTR_SERVICE: u16 = 1;
const IPVS_CMD_ATTR_DEST: u16 = 2;

const IPVS_SVC_ATTR_AF: u16 = 1;
const IPVS_SVC_ATTR_PROTOCOL: u16 = 2;
const IPVS_SVC_ATTR_ADDR: u16 = 3;
const IPVS_SVC_ATTR_PORT: u16 = 4;
const IPVS_SVC_ATTR_FWMARK: u16 = 5;
const IPVS_SVC_ATTR_SCHED_NAME: u16 = 6;
const IPVS_SVC_ATTR_FLAGS: u16 = 7;
const IPVS_SVC_ATTR_TIMEOUT: u16 = 8;
const IPVS_SVC_ATTR_NETMASK: u16 = 9;

const IPVS_DEST_ATTR_ADDR: u16 = 1;
const IPVS_DEST_ATTR_PORT: u16 = 2;
const IPVS_DEST_ATTR_FWD_METHOD: u16 = 3;
const IPVS_DEST_ATTR_WEIGHT: u16 = 4;
const IPVS_DEST_ATTR_U_THRESH: u16 = 5;
const IPVS_DEST_ATTR_L_THRESH: u16 = 6;
const IPVS_DEST_ATTR_ACTIVE_CONNS: u16 = 7;
const IPVS_DEST_ATTR_INACT_CONNS: u16 = 8;
const IPVS_DEST_ATTR_ADDR_FAMILY: u16 = 11;
const IPVS_DEST_ATTR_TUN_TYPE: u16 = 13;
const IPVS_DEST_ATTR_TUN_PORT: u16 = 14;
const IPVS_DEST_ATTR_TUN_FLAGS: u16 = 15;

/// `IP_VS_CONN_F_MASQ`: forwarding by NAT, the method docker's routing mesh uses.
pub const IP_VS_CONN_F_MASQ: u32 = 0;
pub const AF_INET: u16 = libc::AF_INET as u16;

/// One IPVS request or answer: a command and its attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpvsMessage {
    pub cmd: u8,
    pub attrs: Vec<CmdAttr>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CmdAttr {
    Service(Vec<SvcAttr>),
    Dest(Vec<DestAttr>),
    Other(DefaultNla),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SvcAttr {
    Af(u16),
    Protocol(u16),
    /// IPv4 here; sent as the 16 bytes of `union nf_inet_addr`, as ipvsadm does.
    Addr(Ipv4Addr),
    Port(u16),
    Fwmark(u32),
    SchedName(String),
    Flags { flags: u32, mask: u32 },
    Timeout(u32),
    Netmask(u32),
    Other(DefaultNla),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DestAttr {
    AddrFamily(u16),
    Addr(Ipv4Addr),
    Port(u16),
    FwdMethod(u32),
    Weight(u32),
    TunType(u8),
    TunPort(u16),
    TunFlags(u16),
    UThresh(u32),
    LThresh(u32),
    ActiveConns(u32),
    InactConns(u32),
    Other(DefaultNla),
}

impl GenlFamily for IpvsMessage {
    fn family_name() -> &'static str {
        IPVS_GENL_NAME
    }
    fn command(&self) -> u8 {
        self.cmd
    }
    fn version(&self) -> u8 {
        IPVS_GENL_VERSION
    }
}

impl Emitable for IpvsMessage {
    fn buffer_len(&self) -> usize {
        self.attrs.as_slice().buffer_len()
    }
    fn emit(&self, buffer: &mut [u8]) {
        self.attrs.as_slice().emit(buffer)
    }
}

impl ParseableParametrized<[u8], GenlHeader> for IpvsMessage {
    fn parse_with_param(buf: &[u8], header: GenlHeader) -> Result<Self, DecodeError> {
        let attrs = NlasIterator::new(buf)
            .map(|nla| nla.and_then(|nla| CmdAttr::parse(&nla)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(IpvsMessage { cmd: header.cmd, attrs })
    }
}

impl Nla for CmdAttr {
    fn value_len(&self) -> usize {
        match self {
            CmdAttr::Service(a) => a.as_slice().buffer_len(),
            CmdAttr::Dest(a) => a.as_slice().buffer_len(),
            CmdAttr::Other(n) => n.value_len(),
        }
    }
    fn kind(&self) -> u16 {
        match self {
            CmdAttr::Service(_) => IPVS_CMD_ATTR_SERVICE,
            CmdAttr::Dest(_) => IPVS_CMD_ATTR_DEST,
            CmdAttr::Other(n) => n.kind(),
        }
    }
    fn is_nested(&self) -> bool {
        !matches!(self, CmdAttr::Other(_))
    }
    fn emit_value(&self, buffer: &mut [u8]) {
        match self {
            CmdAttr::Service(a) => a.as_slice().emit(buffer),
            CmdAttr::Dest(a) => a.as_slice().emit(buffer),
            CmdAttr::Other(n) => n.emit_value(buffer),
        }
    }
}

impl<'a, T: AsRef<[u8]> + ?Sized> Parseable<NlaBuffer<&'a T>> for CmdAttr {
    fn parse(buf: &NlaBuffer<&'a T>) -> Result<Self, DecodeError> {
        let value = buf.value();
        Ok(match buf.kind() {
            IPVS_CMD_ATTR_SERVICE => CmdAttr::Service(
                NlasIterator::new(value).map(|n| n.and_then(|n| SvcAttr::parse(&n))).collect::<Result<_, _>>()?,
            ),
            IPVS_CMD_ATTR_DEST => CmdAttr::Dest(
                NlasIterator::new(value).map(|n| n.and_then(|n| DestAttr::parse(&n))).collect::<Result<_, _>>()?,
            ),
            _ => CmdAttr::Other(DefaultNla::parse(buf)?),
        })
    }
}

fn emit_addr(addr: &Ipv4Addr, buffer: &mut [u8]) {
    buffer[..16].fill(0);
    buffer[..4].copy_from_slice(&addr.octets());
}

fn parse_addr(value: &[u8]) -> Result<Ipv4Addr, DecodeError> {
    if value.len() < 4 {
        return Err(DecodeError::from("IPVS address shorter than 4 bytes"));
    }
    Ok(Ipv4Addr::new(value[0], value[1], value[2], value[3]))
}

impl Nla for SvcAttr {
    fn value_len(&self) -> usize {
        match self {
            SvcAttr::Af(_) | SvcAttr::Protocol(_) | SvcAttr::Port(_) => 2,
            SvcAttr::Addr(_) => 16,
            SvcAttr::Fwmark(_) | SvcAttr::Timeout(_) | SvcAttr::Netmask(_) => 4,
            SvcAttr::SchedName(s) => s.len() + 1,
            SvcAttr::Flags { .. } => 8,
            SvcAttr::Other(n) => n.value_len(),
        }
    }
    fn kind(&self) -> u16 {
        match self {
            SvcAttr::Af(_) => IPVS_SVC_ATTR_AF,
            SvcAttr::Protocol(_) => IPVS_SVC_ATTR_PROTOCOL,
            SvcAttr::Addr(_) => IPVS_SVC_ATTR_ADDR,
            SvcAttr::Port(_) => IPVS_SVC_ATTR_PORT,
            SvcAttr::Fwmark(_) => IPVS_SVC_ATTR_FWMARK,
            SvcAttr::SchedName(_) => IPVS_SVC_ATTR_SCHED_NAME,
            SvcAttr::Flags { .. } => IPVS_SVC_ATTR_FLAGS,
            SvcAttr::Timeout(_) => IPVS_SVC_ATTR_TIMEOUT,
            SvcAttr::Netmask(_) => IPVS_SVC_ATTR_NETMASK,
            SvcAttr::Other(n) => n.kind(),
        }
    }
    fn emit_value(&self, buffer: &mut [u8]) {
        match self {
            SvcAttr::Af(v) | SvcAttr::Protocol(v) => emit_u16(buffer, *v).unwrap(),
            SvcAttr::Port(p) => buffer[..2].copy_from_slice(&p.to_be_bytes()),
            SvcAttr::Addr(a) => emit_addr(a, buffer),
            SvcAttr::Fwmark(v) | SvcAttr::Timeout(v) => emit_u32(buffer, *v).unwrap(),
            // A __be32 mask in the kernel (ip_vs_genl_parse_service: nla_get_be32).
            SvcAttr::Netmask(v) => buffer[..4].copy_from_slice(&v.to_be_bytes()),
            SvcAttr::SchedName(s) => {
                buffer[..s.len()].copy_from_slice(s.as_bytes());
                buffer[s.len()] = 0;
            }
            SvcAttr::Flags { flags, mask } => {
                emit_u32(&mut buffer[..4], *flags).unwrap();
                emit_u32(&mut buffer[4..8], *mask).unwrap();
            }
            SvcAttr::Other(n) => n.emit_value(buffer),
        }
    }
}

impl<'a, T: AsRef<[u8]> + ?Sized> Parseable<NlaBuffer<&'a T>> for SvcAttr {
    fn parse(buf: &NlaBuffer<&'a T>) -> Result<Self, DecodeError> {
        let v = buf.value();
        Ok(match buf.kind() {
            IPVS_SVC_ATTR_AF => SvcAttr::Af(parse_u16(v)?),
            IPVS_SVC_ATTR_PROTOCOL => SvcAttr::Protocol(parse_u16(v)?),
            IPVS_SVC_ATTR_ADDR => SvcAttr::Addr(parse_addr(v)?),
            IPVS_SVC_ATTR_PORT => SvcAttr::Port(parse_u16_be(v)?),
            IPVS_SVC_ATTR_FWMARK => SvcAttr::Fwmark(parse_u32(v)?),
            IPVS_SVC_ATTR_SCHED_NAME => {
                SvcAttr::SchedName(String::from_utf8_lossy(v.split(|c| *c == 0).next().unwrap_or(v)).into_owned())
            }
            IPVS_SVC_ATTR_FLAGS if v.len() >= 8 => {
                SvcAttr::Flags { flags: parse_u32(&v[..4])?, mask: parse_u32(&v[4..8])? }
            }
            IPVS_SVC_ATTR_TIMEOUT => SvcAttr::Timeout(parse_u32(v)?),
            IPVS_SVC_ATTR_NETMASK if v.len() >= 4 => SvcAttr::Netmask(u32::from_be_bytes(v[..4].try_into().unwrap())),
            _ => SvcAttr::Other(DefaultNla::parse(buf)?),
        })
    }
}

impl Nla for DestAttr {
    fn value_len(&self) -> usize {
        match self {
            DestAttr::AddrFamily(_) | DestAttr::Port(_) | DestAttr::TunPort(_) | DestAttr::TunFlags(_) => 2,
            DestAttr::TunType(_) => 1,
            DestAttr::Addr(_) => 16,
            DestAttr::FwdMethod(_)
            | DestAttr::Weight(_)
            | DestAttr::UThresh(_)
            | DestAttr::LThresh(_)
            | DestAttr::ActiveConns(_)
            | DestAttr::InactConns(_) => 4,
            DestAttr::Other(n) => n.value_len(),
        }
    }
    fn kind(&self) -> u16 {
        match self {
            DestAttr::AddrFamily(_) => IPVS_DEST_ATTR_ADDR_FAMILY,
            DestAttr::Addr(_) => IPVS_DEST_ATTR_ADDR,
            DestAttr::Port(_) => IPVS_DEST_ATTR_PORT,
            DestAttr::FwdMethod(_) => IPVS_DEST_ATTR_FWD_METHOD,
            DestAttr::Weight(_) => IPVS_DEST_ATTR_WEIGHT,
            DestAttr::TunType(_) => IPVS_DEST_ATTR_TUN_TYPE,
            DestAttr::TunPort(_) => IPVS_DEST_ATTR_TUN_PORT,
            DestAttr::TunFlags(_) => IPVS_DEST_ATTR_TUN_FLAGS,
            DestAttr::UThresh(_) => IPVS_DEST_ATTR_U_THRESH,
            DestAttr::LThresh(_) => IPVS_DEST_ATTR_L_THRESH,
            DestAttr::ActiveConns(_) => IPVS_DEST_ATTR_ACTIVE_CONNS,
            DestAttr::InactConns(_) => IPVS_DEST_ATTR_INACT_CONNS,
            DestAttr::Other(n) => n.kind(),
        }
    }
    fn emit_value(&self, buffer: &mut [u8]) {
        match self {
            DestAttr::AddrFamily(v) | DestAttr::TunFlags(v) => emit_u16(buffer, *v).unwrap(),
            DestAttr::Port(p) | DestAttr::TunPort(p) => buffer[..2].copy_from_slice(&p.to_be_bytes()),
            DestAttr::TunType(v) => buffer[0] = *v,
            DestAttr::Addr(a) => emit_addr(a, buffer),
            DestAttr::FwdMethod(v)
            | DestAttr::Weight(v)
            | DestAttr::UThresh(v)
            | DestAttr::LThresh(v)
            | DestAttr::ActiveConns(v)
            | DestAttr::InactConns(v) => emit_u32(buffer, *v).unwrap(),
            DestAttr::Other(n) => n.emit_value(buffer),
        }
    }
}

impl<'a, T: AsRef<[u8]> + ?Sized> Parseable<NlaBuffer<&'a T>> for DestAttr {
    fn parse(buf: &NlaBuffer<&'a T>) -> Result<Self, DecodeError> {
        let v = buf.value();
        Ok(match buf.kind() {
            IPVS_DEST_ATTR_ADDR_FAMILY => DestAttr::AddrFamily(parse_u16(v)?),
            IPVS_DEST_ATTR_ADDR => DestAttr::Addr(parse_addr(v)?),
            IPVS_DEST_ATTR_PORT => DestAttr::Port(parse_u16_be(v)?),
            IPVS_DEST_ATTR_FWD_METHOD => DestAttr::FwdMethod(parse_u32(v)?),
            IPVS_DEST_ATTR_WEIGHT => DestAttr::Weight(parse_u32(v)?),
            IPVS_DEST_ATTR_TUN_TYPE => DestAttr::TunType(parse_u8(v)?),
            IPVS_DEST_ATTR_TUN_PORT => DestAttr::TunPort(parse_u16_be(v)?),
            IPVS_DEST_ATTR_TUN_FLAGS => DestAttr::TunFlags(parse_u16(v)?),
            IPVS_DEST_ATTR_U_THRESH => DestAttr::UThresh(parse_u32(v)?),
            IPVS_DEST_ATTR_L_THRESH => DestAttr::LThresh(parse_u32(v)?),
            IPVS_DEST_ATTR_ACTIVE_CONNS => DestAttr::ActiveConns(parse_u32(v)?),
            IPVS_DEST_ATTR_INACT_CONNS => DestAttr::InactConns(parse_u32(v)?),
            _ => DestAttr::Other(DefaultNla::parse(buf)?),
        })
    }
}
