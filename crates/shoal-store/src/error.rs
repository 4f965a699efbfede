use std::fmt;

/// Why a batch was rejected (or a snapshot/batch encoding could not be read).
///
/// A rejected batch leaves the store untouched, so every variant except `Corrupt`
/// describes the first action of the batch that could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// `expected_version` did not match the stored object's version.
    Conflict {
        table: String,
        id: String,
        expected: u64,
        actual: u64,
    },
    /// Update or delete of an object that does not exist.
    NotFound { table: String, id: String },
    /// Create of an id that already exists.
    Exists { table: String, id: String },
    /// A unique index value is already held by another live object of the table.
    NameConflict {
        table: String,
        id: String,
        index: String,
        value: String,
        holder: String,
    },
    /// Bytes that should have been a batch or a snapshot are not.
    Corrupt(String),
}

impl StoreError {
    /// Stable code that crosses into JavaScript as `Error.code`.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Conflict { .. } => "Conflict",
            StoreError::NotFound { .. } => "NotFound",
            StoreError::Exists { .. } => "Exists",
            StoreError::NameConflict { .. } => "NameConflict",
            StoreError::Corrupt(_) => "Corrupt",
        }
    }

    pub(crate) fn corrupt(msg: impl Into<String>) -> StoreError {
        StoreError::Corrupt(msg.into())
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Conflict { table, id, expected, actual } => write!(
                f,
                "version conflict on {table}/{id}: expected version {expected}, stored version is {actual}"
            ),
            StoreError::NotFound { table, id } => write!(f, "{table}/{id} not found"),
            StoreError::Exists { table, id } => write!(f, "{table}/{id} already exists"),
            StoreError::NameConflict { table, id, index, value, holder } => write!(
                f,
                "{table}/{id}: index {index:?} value {value:?} is already taken by {table}/{holder}"
            ),
            StoreError::Corrupt(msg) => write!(f, "corrupt data: {msg}"),
        }
    }
}

impl std::error::Error for StoreError {}
