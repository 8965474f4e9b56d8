/** A growable list of Int32 values (the trie is built and word starts are noted without per-item objects). */
export class IntBuffer {
  a = new Int32Array(256);
  n = 0;

  push(v: number): void {
    if (this.n === this.a.length) this.grow(this.n + 1);
    this.a[this.n++] = v;
  }

  set(i: number, v: number): void {
    if (i >= this.a.length) this.grow(i + 1);
    this.a[i] = v;
    if (i >= this.n) this.n = i + 1;
  }

  /** a copy of the values */
  done(): Int32Array {
    return this.a.slice(0, this.n);
  }

  private grow(min: number): void {
    let size = this.a.length * 2;
    while (size < min) size *= 2;
    const b = new Int32Array(size);
    b.set(this.a);
    this.a = b;
  }
}
