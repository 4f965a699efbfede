//! What every module of the addon needs at the boundary: errors that carry a code (the
//! `code` property JavaScript switches on) and promises settled from another thread.

use napi::bindgen_prelude::*;
use napi::{Env, JsError};

/// A JavaScript Error with `code` set, e.g. `coded(env, "NotLeader", "...")`.
pub(crate) fn coded(env: Env, code: &str, message: impl Into<String>) -> Error {
    let js = JsError::from(Error::new(code, message.into())).into_unknown(env);
    Error::from(js)
}

pub(crate) type Settle<T> = Box<dyn FnOnce(Env) -> Result<T> + Send>;
pub(crate) type Outcome<T> = std::result::Result<T, (&'static str, String)>;

/// A promise and the one-shot function that settles it from any thread.
#[allow(clippy::type_complexity)]
pub(crate) fn promise<T: ToNapiValue + Send + 'static>(
    env: &Env,
) -> Result<(Box<dyn FnOnce(Outcome<T>) + Send>, Object<'_>)> {
    let (deferred, promise) = env.create_deferred::<T, Settle<T>>()?;
    let settle = move |outcome: Outcome<T>| {
        deferred.resolve(Box::new(move |env: Env| match outcome {
            Ok(v) => Ok(v),
            Err((code, msg)) => Err(coded(env, code, msg)),
        }))
    };
    Ok((Box::new(settle), promise))
}
