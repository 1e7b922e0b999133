import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
/** One PBKDF2-HMAC-SHA256 hash with the application's parameters (600,000 iterations, 32-byte salt). */
public class Pbkdf2Time {
    public static void main(String[] a) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        for (int i = 0; i < 3; i++) f.generateSecret(new PBEKeySpec("warm up".toCharArray(), salt, 600000, 256));
        int n = 10; long t = System.nanoTime();
        for (int i = 0; i < n; i++) f.generateSecret(new PBEKeySpec("violet tractor umbrella 42".toCharArray(), salt, 600000, 256));
        System.out.printf("PBKDF2-HMAC-SHA256, 600000 iterations: %.0f ms per hash (mean of %d)%n", (System.nanoTime() - t) / 1e6 / n, n);
    }
}
