// A binary min-heap of small integers (node indices) under a caller-supplied order. The
// scheduler keeps its candidate nodes in these, so picking the least loaded node for each
// of k tasks costs O(log n) per task instead of a scan of every node.
export class IndexHeap {
  private items: number[] = []

  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length
  }

  // Builds the heap from `items` in O(n).
  reset(items: number[]): void {
    this.items = items
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i)
  }

  push(x: number): void {
    const items = this.items
    items.push(x)
    this.up(items.length - 1)
  }

  peek(): number | undefined {
    return this.items[0]
  }

  pop(): number | undefined {
    const items = this.items
    if (items.length === 0) return undefined
    const top = items[0]
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      this.down(0)
    }
    return top
  }

  private up(i: number): void {
    const items = this.items
    const x = items[i]
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(x, items[parent])) break
      items[i] = items[parent]
      i = parent
    }
    items[i] = x
  }

  private down(i: number): void {
    const items = this.items
    const n = items.length
    const x = items[i]
    for (;;) {
      let child = 2 * i + 1
      if (child >= n) break
      if (child + 1 < n && this.less(items[child + 1], items[child])) child++
      if (!this.less(items[child], x)) break
      items[i] = items[child]
      i = child
    }
    items[i] = x
  }
}
