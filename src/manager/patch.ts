// Merge patches: a few fields of a stored object, in protobuf, that the store appends to the
// object's bytes (a `merge` action) without reading them. Concatenating two serialized
// messages is merging them: a singular field the patch carries replaces the stored one, an
// embedded message merges field by field, and a repeated or map field *appends*. So a patch
// lists the fields it sets, each written even when it holds its default ("" or 0, which
// protobufjs's encoders leave out and which would then not reset the stored value), and may
// name no repeated or map field (checked when the patch is defined). The result decodes to
// what writing the whole object would give, in a fraction of the bytes: an assignment is
// ~70 bytes instead of the whole task with its spec.
import type { Writer } from 'protobufjs/minimal'

type Scalar = 'string' | 'int32' | 'int64' | 'uint64' | 'bool'

export interface PatchField {
  name: string
  // The field's number in the .proto (patch.test checks these against proto/).
  no: number
  // A scalar, or an embedded message of which the patch sets the given fields.
  kind: Scalar | Patch<object>
}

// A generated message class: its prototype holds each field's default (null for an embedded
// message, an array for a repeated field, an object for a map).
interface MessageClass {
  readonly name: string
  readonly prototype: object
}

const WIRE: Record<Scalar, number> = { string: 2, int32: 0, int64: 0, uint64: 0, bool: 0 }

export class Patch<T extends object> {
  // Each field's key (number and wire type), as written before its value.
  private readonly tags: readonly number[]

  constructor(
    readonly type: MessageClass,
    readonly fields: readonly PatchField[],
  ) {
    const defaults = type.prototype as Record<string, unknown>
    for (const f of fields) {
      if (!(f.name in defaults)) throw new Error(`patch of ${type.name}: no field ${f.name}`)
      const d = defaults[f.name]
      if (Array.isArray(d)) throw new Error(`patch of ${type.name}: ${f.name} is repeated (a merge would append to it)`)
      const message = typeof f.kind !== 'string'
      // Scalars' defaults are primitives, or Long objects for 64-bit ones.
      const scalar = d !== null && (typeof d !== 'object' || typeof (d as { low?: unknown }).low === 'number')
      if (message ? d !== null : !scalar) throw new Error(`patch of ${type.name}: ${f.name} is ${d === null ? 'a message' : 'a map'}, not ${message ? 'a message' : f.kind}`)
    }
    this.tags = fields.map((f) => (f.no << 3) | (typeof f.kind === 'string' ? WIRE[f.kind] : 2))
  }

  // Writes the patch's fields of `obj` (a message field must be set: an absent one would
  // leave the stored one as it is, where rewriting the object would drop it).
  encode(obj: T, w: Writer): void {
    const o = obj as Record<string, unknown>
    const fields = this.fields
    // An index loop, as in BatchEncoder.add (three calls per assignment).
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]
      const v = o[f.name]
      if (typeof f.kind !== 'string') {
        if (v === null || v === undefined) throw new Error(`patch of ${this.type.name}: ${f.name} is not set`)
        w.uint32(this.tags[i]).fork()
        f.kind.encode(v as object, w)
        w.ldelim()
        continue
      }
      w.uint32(this.tags[i])
      switch (f.kind) {
        case 'string':
          w.string((v as string | null | undefined) ?? '')
          break
        case 'int32':
          w.int32((v as number | null | undefined) ?? 0)
          break
        case 'int64':
          w.int64((v as number | null | undefined) ?? 0)
          break
        case 'uint64':
          w.uint64((v as number | null | undefined) ?? 0)
          break
        case 'bool':
          w.bool(!!v)
          break
      }
    }
  }
}
