import { hash, verify } from '@node-rs/argon2';

/** Hashes and checks passwords with argon2id (OWASP parameters: 19 MiB, 2 passes). */
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  /** Hash a new password. */
  hash(password: string): Promise<string> {
    return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }

  /** True when the password matches the stored hash. */
  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spend the same time as a real check when there is no account, so response times do
   * not reveal which e-mail addresses exist.
   */
  async burn(password: string): Promise<void> {
    this.dummyHash ??= this.hash('springplank-timing-equaliser');
    await this.verify(await this.dummyHash, password);
  }
}
